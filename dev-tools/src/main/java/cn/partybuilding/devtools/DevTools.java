package cn.partybuilding.devtools;

import cn.partybuilding.devtools.generate.Generator;
import cn.partybuilding.devtools.generate.Part;
import cn.partybuilding.devtools.generate.Scale;
import cn.partybuilding.devtools.token.TokenCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The developers' command line (never deployed): loads the demo data set or generates a city or a
 * province into the services' schemas, and signs local tokens. ./suite and the benchmarks run it as
 * {@code java -jar dev-tools/target/dev-tools.jar COMMAND...} from the repository root.
 */
public final class DevTools {

    private static final String USAGE = """
            Usage: java -jar dev-tools/target/dev-tools.jar COMMAND

              generate demo       the demo data set, into every schema that is migrated and still empty
              generate city       a new generated city: 100 units, 4,601 organizations, 60,000 members
              generate province   a new generated province: 110 units, 5,061 organizations, 100,000 members,
                                  for volunteer-service 2,000 communities, 1,000,000 volunteer records,
                                  20,000 wishes and their monthly and yearly totals, and for
                                  assessment-service last year's scheme, an assessment of every organization,
                                  a duty report per branch with rectifications, and about 4 tasks each
              generate city|province PART...
                                  only the named parts: branch (a new tree), volunteer, activity (a year of
                                  about 40 activities per branch), assessment; all but branch for the newest
                                  generated tree
            %s  help                this text

            The services must have created their tables (they do when they start). Environment:
              DB_URL              the server, without a schema (default jdbc:mysql://127.0.0.1:3306)
              DB_USER, DB_PASSWORD  its account (default root, no password)
              PII_KEY             the personal-data key (default: the local profile's)
            """.formatted(TokenCommand.USAGE.indent(2));

    private DevTools() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs one command; returns the exit status (2: a wrong command line, 1: it failed). */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        String command = args.isEmpty() ? "help" : args.get(0);
        List<String> rest = args.subList(Math.min(1, args.size()), args.size());
        try {
            switch (command) {
                case "generate" -> generate(rest, out);
                case "token" -> new TokenCommand(new LocalSettings().tokens(), out, err).run(rest);
                case "help", "-h", "--help" -> out.print(USAGE);
                default -> throw new WrongCommandLine("unknown command " + command);
            }
            return 0;
        } catch (TokenCommand.InvalidOptions e) {
            err.println("dev-tools: " + e.getMessage());
            return 1;
        } catch (WrongCommandLine e) {
            err.println("dev-tools: " + e.getMessage() + "\n");
            err.print(USAGE);
            return 2;
        } catch (Exception e) {
            err.println("dev-tools: " + command + " failed: " + e);
            return 1;
        }
    }

    /** A command line this program does not understand; the usage follows the message. */
    private static final class WrongCommandLine extends RuntimeException {
        WrongCommandLine(String message) {
            super(message);
        }
    }

    private static void generate(List<String> arguments, PrintStream out) throws Exception {
        if (arguments.isEmpty()) {
            throw new WrongCommandLine("generate needs a data set: demo, city or province");
        }
        String dataSet = arguments.get(0);
        List<String> parts = arguments.subList(1, arguments.size());
        LocalSettings settings = new LocalSettings();
        if (dataSet.equals("demo")) {
            if (!parts.isEmpty()) {
                throw new WrongCommandLine("generate demo takes no parts");
            }
            new Generator(settings.database(), settings.cipher(), out).demo();
            return;
        }
        Scale scale;
        Set<Part> chosen;
        try {
            scale = Scale.of(dataSet);
            chosen = parts.isEmpty() ? defaultParts(scale) : parse(parts);
        } catch (IllegalArgumentException e) {
            throw new WrongCommandLine(e.getMessage());
        }
        new Generator(settings.database(), settings.cipher(), out).generate(scale, chosen);
    }

    /** As ./suite generate always made them: a city is organizations and members only. */
    private static Set<Part> defaultParts(Scale scale) {
        return scale == Scale.CITY ? EnumSet.of(Part.BRANCH) : EnumSet.of(Part.BRANCH, Part.VOLUNTEER, Part.ASSESSMENT);
    }

    private static Set<Part> parse(List<String> labels) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        labels.forEach(label -> parts.add(Part.ofLabel(label)));
        return parts;
    }
}
