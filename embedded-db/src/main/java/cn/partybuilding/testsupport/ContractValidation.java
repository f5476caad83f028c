package cn.partybuilding.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts {@link ContractValidationFilter} in front of every RestAssured request of every
 * {@code @QuarkusTest} in a service whose contract is committed as {@code contract/<module>.yaml}
 * (found from the module directory the tests run in). Registered as a service, so no test class opts
 * in or can forget to; Quarkus calls it inside the application's class loader, where the tests' own
 * RestAssured lives.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    private static ContractValidationFilter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    static synchronized void install() {
        Path contract = Path.of("../contract", Path.of("").toAbsolutePath().getFileName() + ".yaml");
        if (!Files.isRegularFile(contract)) {
            return;
        }
        if (filter == null) {
            filter = ContractValidationFilter.forContract(contract);
        }
        if (!RestAssured.filters().contains(filter)) {
            RestAssured.filters(filter);
        }
    }
}
