package org.placementledger.server.handlers.candidates;

import java.util.function.Function;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.placementledger.api.candidates.ProviderSummary;

/**
 * The JSON of provider summaries in their full form (1.29+), encoded once per summary instance. The
 * index keeps one immutable summary per provider and builds a new instance on every change to it, so
 * the instance identifies the content: keys are held weakly and compared by identity (Caffeine's
 * {@code weakKeys}), so an entry goes when its provider changes and the old summary is dropped. A
 * nested answer names every provider of every tree it touches (3,500 for 500 trees, most of its
 * bytes): this saves re-encoding them on every request.
 */
final class SummaryFragments {

    /** Bounded too, so an index of very many providers never keeps all their JSON at once. */
    private static final long MAX_ENTRIES = 50_000;

    static final SummaryFragments SHARED = new SummaryFragments();

    private final Cache<ProviderSummary, SerializedString> encoded =
            Caffeine.newBuilder().weakKeys().maximumSize(MAX_ENTRIES).build();

    /** The summary's JSON value, from {@code encode} the first time this instance is asked for. */
    SerializableString of(ProviderSummary summary, Function<ProviderSummary, String> encode) {
        return encoded.get(summary, s -> {
            SerializedString json = new SerializedString(encode.apply(s));
            json.asUnquotedUTF8(); // encoded now, once, rather than by the first writer
            return json;
        });
    }
}
