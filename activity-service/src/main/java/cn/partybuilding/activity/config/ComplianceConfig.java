package cn.partybuilding.activity.config;

import cn.partybuilding.activity.domain.ActivityType;
import cn.partybuilding.activity.domain.Requirement;
import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;

/**
 * Required frequencies of 三会一课, per activity type, as "count/months": {@code 1/3} is once a
 * quarter. Localities differ, so they are configuration; the defaults are in application.properties.
 */
@ConfigMapping(prefix = "party.compliance")
public interface ComplianceConfig {

    Map<ActivityType, String> requirements();

    default List<Requirement> asRequirements() {
        return requirements().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> {
                    String[] parts = e.getValue().trim().split("/");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("party.compliance.requirements." + e.getKey()
                                + " must read count/months, e.g. 1/3");
                    }
                    return new Requirement(e.getKey(), Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
                })
                .toList();
    }
}
