package org.placementledger.server.handlers.candidates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.CandidateAllocation;
import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.api.candidates.ProviderSummary;
import org.placementledger.api.candidates.ResourceSummary;
import org.placementledger.server.http.Microversion;

/**
 * The JSON of GET /allocation_candidates per microversion, written token by token to the response
 * (an answer of thousands of candidates is never built as a tree of maps): allocation requests as a
 * list of providers (1.10-1.11) or a dict by provider (1.12+, with mappings from 1.34); provider
 * summaries with the requested classes only (below 1.27) or all, traits from 1.17, parent and root
 * from 1.29.
 */
public final class CandidateRepresentation {

    // the servlet container owns the response stream: the generator must not close it
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    // the names every candidate and summary repeats, encoded once
    private static final SerializedString ALLOCATIONS = new SerializedString("allocations");
    private static final SerializedString RESOURCES = new SerializedString("resources");
    private static final SerializedString MAPPINGS = new SerializedString("mappings");
    private static final SerializedString CAPACITY = new SerializedString("capacity");
    private static final SerializedString USED = new SerializedString("used");
    private static final SerializedString TRAITS = new SerializedString("traits");
    private static final SerializedString PARENT = new SerializedString("parent_provider_uuid");
    private static final SerializedString ROOT = new SerializedString("root_provider_uuid");
    // resource class names, every candidate repeats them: encoded once (the classes are few; bounded anyway)
    private static final int MAX_CLASS_NAMES = 4096;
    private static final Map<String, SerializedString> CLASS_NAMES = new ConcurrentHashMap<>();

    private final AllocationCandidates answer;
    private final Set<String> requested = new HashSet<>();
    private final Microversion version;

    public CandidateRepresentation(AllocationCandidates answer, List<CandidateRequestGroup> groups,
                                   Microversion version) {
        this.answer = answer;
        this.version = version;
        groups.forEach(g -> requested.addAll(g.resources().keySet()));
    }

    public void writeTo(OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeArrayFieldStart("allocation_requests");
            for (CandidateAllocation candidate : answer.requests()) {
                if (version.atLeast(1, 12)) {
                    dictForm(json, candidate);
                } else {
                    listForm(json, candidate);
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("provider_summaries");
            for (Map.Entry<String, ProviderSummary> summary : answer.summaries().entrySet()) {
                json.writeFieldName(summary.getKey());
                if (version.atLeast(1, 29)) {
                    // the full form, the same at every version from 1.29: encoded once per summary
                    json.writeRawValue(SummaryFragments.SHARED.of(summary.getValue(), this::encoded));
                } else {
                    summary(json, summary.getValue());
                }
            }
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private void dictForm(JsonGenerator json, CandidateAllocation candidate) throws IOException {
        json.writeStartObject();
        json.writeFieldName(ALLOCATIONS);
        json.writeStartObject();
        for (Map.Entry<String, Map<String, Long>> provider : candidate.allocations().entrySet()) {
            json.writeObjectFieldStart(provider.getKey());
            json.writeFieldName(RESOURCES);
            amounts(json, provider.getValue());
            json.writeEndObject();
        }
        json.writeEndObject();
        if (version.atLeast(1, 34)) {
            json.writeFieldName(MAPPINGS);
            json.writeStartObject();
            for (Map.Entry<String, List<String>> group : candidate.mappings().entrySet()) {
                json.writeArrayFieldStart(group.getKey());
                for (String provider : group.getValue()) {
                    json.writeString(provider);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void listForm(JsonGenerator json, CandidateAllocation candidate) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("allocations");
        for (Map.Entry<String, Map<String, Long>> provider : candidate.allocations().entrySet()) {
            json.writeStartObject();
            json.writeObjectFieldStart("resource_provider");
            json.writeStringField("uuid", provider.getKey());
            json.writeEndObject();
            json.writeFieldName("resources");
            amounts(json, provider.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void amounts(JsonGenerator json, Map<String, Long> resources) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Long> amount : resources.entrySet()) {
            json.writeFieldName(className(amount.getKey()));
            json.writeNumber(amount.getValue());
        }
        json.writeEndObject();
    }

    private static SerializedString className(String name) {
        SerializedString encoded = CLASS_NAMES.get(name);
        if (encoded == null) {
            encoded = new SerializedString(name);
            if (CLASS_NAMES.size() < MAX_CLASS_NAMES) {
                CLASS_NAMES.putIfAbsent(name, encoded);
            }
        }
        return encoded;
    }

    private String encoded(ProviderSummary summary) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            summary(json, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private void summary(JsonGenerator json, ProviderSummary summary) throws IOException {
        json.writeStartObject();
        json.writeFieldName(RESOURCES);
        json.writeStartObject();
        for (Map.Entry<String, ResourceSummary> resource : summary.resources().entrySet()) {
            if (version.atLeast(1, 27) || requested.contains(resource.getKey())) {
                json.writeObjectFieldStart(resource.getKey());
                json.writeFieldName(CAPACITY);
                json.writeNumber(resource.getValue().capacity());
                json.writeFieldName(USED);
                json.writeNumber(resource.getValue().used());
                json.writeEndObject();
            }
        }
        json.writeEndObject();
        if (version.atLeast(1, 17)) {
            json.writeFieldName(TRAITS);
            json.writeStartArray();
            for (String trait : summary.traits()) {
                json.writeString(trait);
            }
            json.writeEndArray();
        }
        if (version.atLeast(1, 29)) {
            json.writeFieldName(PARENT);
            json.writeString(summary.parentUuid());
            json.writeFieldName(ROOT);
            json.writeString(summary.rootUuid());
        }
        json.writeEndObject();
    }
}
