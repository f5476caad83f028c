package cn.partybuilding.devtools.token;

import cn.partybuilding.common.security.LocalTokens;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.security.Scope;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code token [--subject S] [--roles R1,R2] [--org ORGID] [--community CID] [--scopes S1,S2] [--ttl SECONDS]}:
 * a token signed with the local key, on standard output. An unknown role or scope is allowed (to try
 * refusals) but warned about: it is usually a typo.
 */
public final class TokenCommand {

    public static final String USAGE = """
            token [options]     print a signed local JWT (RS256, issuer of the local profile) to stdout
                    --subject S     subject (default: admin)
                    --roles R1,R2   groups (default: SYSTEM_ADMIN); known: %s
                    --org ORGID     orgId claim (needed by non-system roles)
                    --community CID communityId claim
                    --scopes S1,S2  scope claim of an API_CLIENT (writes); known: %s
                    --ttl SECONDS   lifetime (default: 28800 = 8 hours)
            """.formatted(String.join(" ", Role.ALL), String.join(" ", Scope.ALL));

    private static final Pattern TTL = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** A refused command line; the message says why. */
    public static final class InvalidOptions extends IllegalArgumentException {
        InvalidOptions(String message) {
            super(message);
        }
    }

    private final LocalTokens tokens;
    private final PrintStream out;
    private final PrintStream err;

    public TokenCommand(LocalTokens tokens, PrintStream out, PrintStream err) {
        this.tokens = tokens;
        this.out = out;
        this.err = err;
    }

    public void run(List<String> arguments) {
        if (arguments.contains("--help") || arguments.contains("-h")) {
            out.print(USAGE);
            return;
        }
        String subject = "admin";
        String roles = Role.SYSTEM_ADMIN;
        String org = null;
        String community = null;
        String scopes = "";
        String ttl = "28800";
        for (int i = 0; i < arguments.size(); i += 2) {
            String option = arguments.get(i);
            if (!List.of("--subject", "--roles", "--org", "--community", "--scopes", "--ttl").contains(option)) {
                throw new InvalidOptions("unknown token option: " + option + " (see ./suite help)");
            }
            if (i + 1 >= arguments.size()) {
                throw new InvalidOptions(option + " needs a value");
            }
            String value = arguments.get(i + 1);
            switch (option) {
                case "--subject" -> subject = value;
                case "--roles" -> roles = value;
                case "--org" -> org = value;
                case "--community" -> community = value;
                case "--scopes" -> scopes = value;
                default -> ttl = value;
            }
        }
        require(!subject.isEmpty(), "--subject must not be empty");
        require(TTL.matcher(ttl).matches(), "--ttl must be a positive number of seconds");
        checkText("--subject", subject);
        checkText("--org", org);
        checkText("--community", community);
        LocalTokens.Holder holder = new LocalTokens.Holder(subject, roles(roles), emptyToNull(org), emptyToNull(community),
                scopes(scopes));
        out.println(tokens.sign(holder, Duration.ofSeconds(Long.parseLong(ttl))));
    }

    private List<String> roles(String list) {
        String compact = list.replace(" ", "");
        require(!compact.isEmpty(), "--roles must name at least one role");
        List<String> roles = new ArrayList<>();
        for (String role : compact.split(",", -1)) {
            require(!role.isEmpty(), "--roles has an empty entry: " + list);
            checkText("--roles", role);
            if (!Role.ALL.contains(role)) {
                err.printf("dev-tools: warning: unknown role %s (known: %s)%n", role, String.join(" ", Role.ALL));
            }
            roles.add(role);
        }
        return roles;
    }

    private List<String> scopes(String list) {
        List<String> scopes = new ArrayList<>();
        for (String scope : list.replace(" ", "").split(",")) {
            if (scope.isEmpty()) {
                continue;
            }
            checkText("--scopes", scope);
            if (!Scope.ALL.contains(scope)) {
                err.printf("dev-tools: warning: unknown scope %s (known: %s)%n", scope, String.join(" ", Scope.ALL));
            }
            scopes.add(scope);
        }
        return scopes;
    }

    private static void checkText(String option, String value) {
        require(value == null || !CONTROL.matcher(value).find(), option + " must not contain control characters");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidOptions(message);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
