package cn.partybuilding.devtools.generate;

import cn.partybuilding.common.pii.PersonalDataCipher;
import cn.partybuilding.devtools.generate.OrganizationTree.Member;
import cn.partybuilding.devtools.generate.OrganizationTree.Organization;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the demo data set or a generated one into the services' schemas, and prints what each part
 * wrote and how long it took. The schemas must have been migrated by the services (each creates its
 * tables when it starts); this tool never creates tables.
 */
public final class Generator {

    /** One timed piece of work. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws SQLException, InterruptedException;
    }

    private final Database database;
    private final PersonalDataCipher cipher;
    private final PrintStream out;
    private final OrganizationTree tree;

    public Generator(Database database, PersonalDataCipher cipher, PrintStream out) {
        this.database = database;
        this.cipher = cipher;
        this.out = out;
        this.tree = new OrganizationTree(database);
    }

    /**
     * The demo data set, into each schema that is migrated and holds no data yet; a schema that holds
     * data, or whose service has not run yet, is left alone (and said so).
     */
    public void demo() throws SQLException, InterruptedException {
        for (Part part : Part.values()) {
            Optional<String> notLoaded = whyNoDemo(part);
            if (notLoaded.isPresent()) {
                out.printf("%s: demo data not loaded: %s%n", part.label(), notLoaded.get());
                continue;
            }
            try (Connection c = database.open(part)) {
                switch (part) {
                    case BRANCH -> timed(part, () -> BranchData.demo(c, cipher), result -> "demo data: " + result.summary());
                    case ACTIVITY -> timed(part, () -> ActivityData.demo(c, tree, tree.demoRoot().orElseThrow()),
                            count -> String.format("demo data: %,d activities", count));
                    case VOLUNTEER -> timed(part, () -> new VolunteerData(cipher).demo(c, tree, tree.demoRoot().orElseThrow()),
                            result -> "demo data: " + result.summary());
                    case ASSESSMENT -> timed(part, () -> AssessmentData.demo(c, tree, tree.demoRoot().orElseThrow()),
                            result -> "demo data: " + result.summary());
                }
            }
        }
    }

    private Optional<String> whyNoDemo(Part part) throws SQLException {
        if (!database.isMigrated(part)) {
            return Optional.of(notMigrated(part));
        }
        if (!database.isEmpty(part)) {
            return Optional.of(part.schema() + " already holds data");
        }
        if (part != Part.BRANCH && (!database.isMigrated(Part.BRANCH) || tree.demoRoot().isEmpty())) {
            return Optional.of(Part.BRANCH.schema() + " holds no demo organizations");
        }
        return Optional.empty();
    }

    /**
     * {@code parts} of a generated data set of {@code scale}: branch adds a new tree; activity (a year
     * of activities) and volunteer (communities, records, wishes and their totals) are made for the
     * newest generated tree, and so is assessment (last year's scheme, an assessment of every
     * organization, duty reports, rectifications and tasks).
     */
    public void generate(Scale scale, Set<Part> parts) throws SQLException, InterruptedException {
        for (Part part : parts) {
            if (!database.isMigrated(part)) {
                throw new IllegalStateException(notMigrated(part));
            }
        }
        if (parts.contains(Part.BRANCH)) {
            try (Connection c = database.open(Part.BRANCH)) {
                timed(Part.BRANCH, () -> BranchData.generated(c, cipher, scale), result -> "a new " + scale.name() + ": " + result.summary());
            }
        }
        if (!parts.contains(Part.ACTIVITY) && !parts.contains(Part.VOLUNTEER) && !parts.contains(Part.ASSESSMENT)) {
            return;
        }
        Organization root = tree.newestGeneratedRoot().orElseThrow(() -> new IllegalStateException(
                Part.BRANCH.schema() + " holds no generated tree: generate city or province first"));
        List<Organization> branches = tree.branches(root);
        if (parts.contains(Part.ACTIVITY)) {
            try (Connection c = database.open(Part.ACTIVITY)) {
                Map<String, List<Member>> members = tree.membersByOrganization(root);
                timed(Part.ACTIVITY, () -> ActivityData.year(c, branches, members), ActivityData.YearResult::summary);
            }
        }
        if (parts.contains(Part.VOLUNTEER)) {
            generateVolunteering(scale, root, branches);
        }
        if (parts.contains(Part.ASSESSMENT)) {
            try (Connection c = database.open(Part.ASSESSMENT)) {
                timed(Part.ASSESSMENT, () -> AssessmentData.year(c, tree, root), AssessmentData.YearResult::summary);
            }
        }
    }

    private void generateVolunteering(Scale scale, Organization root, List<Organization> branches)
            throws SQLException, InterruptedException {
        VolunteerData data = new VolunteerData(cipher);
        try (Connection c = database.open(Part.VOLUNTEER)) {
            List<String> communities = timed(Part.VOLUNTEER, () -> data.communities(c, scale),
                    ids -> String.format("%,d communities", ids.size()));
            Map<String, List<Member>> members = tree.membersByOrganization(root);
            VolunteerData.Records records = timed(Part.VOLUNTEER, () -> data.records(database, branches, members, communities, scale),
                    VolunteerData.Records::summary);
            timed(Part.VOLUNTEER, () -> data.wishes(c, scale, communities, records), count -> String.format("%,d wishes", count));
            timed(Part.VOLUNTEER, () -> {
                VolunteerData.fillTotals(c, root.path());
                return null;
            }, nothing -> "monthly and yearly totals");
        }
    }

    private static String notMigrated(Part part) {
        return part.schema() + " has no tables yet (" + part.service() + " creates them when it starts)";
    }

    private <T> T timed(Part part, Step<T> step, Function<T, String> summary) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        T result = step.run();
        out.printf("%s: %s in %.1f s%n", part.label(), summary.apply(result), (System.nanoTime() - started) / 1e9);
        out.flush();
        return result;
    }
}
