package org.placementledger.query.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.catalogue.CountProvidersWithTraitQuery;
import org.placementledger.api.catalogue.FindTraitQuery;
import org.placementledger.api.catalogue.ListTraitsQuery;
import org.placementledger.api.catalogue.StandardCatalogue;
import org.placementledger.api.catalogue.TraitList;
import org.placementledger.api.catalogue.TraitView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers questions about traits: the standard list, then {@code custom_trait} by creation. Filters
 * run in Java over both, so standard and custom traits match by the same (LIKE) rules.
 */
@Component
public class TraitQueries {

    private final JdbcTemplate jdbc;
    private final ServerStart start;

    public TraitQueries(JdbcTemplate jdbc, ServerStart start) {
        this.jdbc = jdbc;
        this.start = start;
    }

    @QueryHandler
    public TraitList list(ListTraitsQuery query) {
        List<TraitView> all = new ArrayList<>();
        StandardCatalogue.traits().forEach(name -> all.add(new TraitView(name, start.at())));
        all.addAll(jdbc.query("SELECT name, created_at FROM custom_trait ORDER BY created_at, name",
                (rs, row) -> new TraitView(rs.getString("name"), rs.getTimestamp("created_at").toInstant())));
        Predicate<String> wanted = filter(query);
        var matching = all.stream().filter(t -> wanted.test(t.name()));
        // Placement's "name IN (...)" reads the traits through their unique name index: in name order
        return new TraitList((query.namesIn() != null ? matching.sorted(Comparator.comparing(TraitView::name))
                : matching).toList());
    }

    @QueryHandler
    public TraitView find(FindTraitQuery query) {
        if (StandardCatalogue.isStandardTrait(query.name())) {
            return new TraitView(query.name(), start.at());
        }
        return jdbc.query("SELECT name, created_at FROM custom_trait WHERE name = ?",
                (rs, row) -> new TraitView(rs.getString("name"), rs.getTimestamp("created_at").toInstant()),
                query.name()).stream().findFirst().orElse(null);
    }

    @QueryHandler
    public Long count(CountProvidersWithTraitQuery query) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rp_trait WHERE trait = ?", Long.class, query.name());
    }

    private Predicate<String> filter(ListTraitsQuery query) {
        Predicate<String> wanted = name -> true;
        if (query.namesIn() != null) {
            Set<String> names = Set.copyOf(query.namesIn());
            wanted = wanted.and(names::contains);
        }
        if (query.nameStartsWith() != null) {
            Pattern like = LikePattern.startingWith(query.nameStartsWith());
            wanted = wanted.and(name -> like.matcher(name).matches());
        }
        if (query.associated() != null) {
            Set<String> associated = new HashSet<>(
                    jdbc.queryForList("SELECT DISTINCT trait FROM rp_trait", String.class));
            boolean want = query.associated();
            wanted = wanted.and(name -> associated.contains(name) == want);
        }
        return wanted;
    }
}
