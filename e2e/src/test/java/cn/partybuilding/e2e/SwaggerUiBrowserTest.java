package cn.partybuilding.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator's path through Swagger UI on the gateway: authorize with a token from
 * {@code POST /dev/token}, then "Try it out" on the organization list, answered by branch-service,
 * and on one organization, whose pre-filled example id names an organization of the demo data.
 */
@ExtendWith(RunningSuiteExtension.class)
class SwaggerUiBrowserTest {

    private static final Duration UI_TIMEOUT = Duration.ofSeconds(30);
    private static final String LIST_ORGANIZATIONS = "#operations-Organizations-listOrganizations";
    private static final String GET_ORGANIZATION = "#operations-Organizations-getOrganization";
    private static final String EXAMPLE_BRANCH = "市发展和改革委员会机关第一党支部";

    private Path userDataDir;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        DebianChromium.installIfMissing(Path.of(System.getProperty("e2e.log-dir", "target/suite-logs")));
        userDataDir = Files.createTempDirectory("party-e2e-chromium-");
        browser = DebianChromium.start(userDataDir);
        wait = new WebDriverWait(browser, UI_TIMEOUT);
    }

    /** The screenshot is taken after a failure too: it shows where the walk through the UI stopped. */
    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            Path screenshot = Path.of(System.getProperty("e2e.screenshot", "target/swagger-ui.png"));
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
        if (userDataDir != null) {
            try (Stream<Path> paths = Files.walk(userDataDir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @Test
    void administratorListsOrganizationsThroughTheGateway(RunningSuite suite) {
        String token = suite.systemAdminToken();
        browser.get(suite.gatewayUrl().resolve("/q/swagger-ui/").toString());

        click(By.cssSelector(".auth-wrapper button.authorize"));
        WebElement tokenInput = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal-ux .auth-container input")));
        tokenInput.sendKeys(token);
        click(By.cssSelector(".modal-ux button.modal-btn.authorize"));
        click(By.cssSelector(".modal-ux button.btn-done"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));

        Answer list = tryItOut(LIST_ORGANIZATIONS);
        // servers url "/": the browser calls the gateway, which routes to branch-service; no filter is
        // pre-filled (only the page size's default), so the first page holds the demo tree's oldest
        // ids, the examples' organizations
        assertEquals(suite.gatewayUrl() + "/v1/organizations?limit=20", list.requestUrl());
        assertTrue(list.curl().contains("Authorization: Bearer " + token), () -> "the request shown lacks the token: " + list.curl());
        assertEquals("200", list.status(), () -> "response shown: " + list.body());
        assertTrue(list.body().contains("\"name\": \"" + EXAMPLE_BRANCH + "\""),
                () -> "no demo organization in the response shown: " + list.body());

        Answer get = tryItOut(GET_ORGANIZATION);
        assertEquals("200", get.status(), () -> "the example id names no organization: " + get.body());
        assertTrue(get.body().contains("\"name\": \"" + EXAMPLE_BRANCH + "\""), get::body);
    }

    /** What Swagger UI shows after "Execute" with what it pre-filled. */
    private record Answer(String status, String requestUrl, String curl, String body) {
    }

    private Answer tryItOut(String operationSelector) {
        click(By.cssSelector(operationSelector + " .opblock-summary-control"));
        // the gateway turns "Try it out" on for every operation (quarkus.swagger-ui.try-it-out-enabled):
        // its button already offers "Cancel", and clicking it would turn it off
        WebElement tryItOut = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(operationSelector + " button.try-out__btn")));
        assertEquals("Cancel", tryItOut.getText().trim());
        click(By.cssSelector(operationSelector + " button.execute"));

        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(operationSelector + " .live-responses-table tr.response .response-col_status")));
        WebElement operation = browser.findElement(By.cssSelector(operationSelector));
        browser.executeScript("arguments[0].scrollIntoView()", operation);
        return new Answer(status.getText().trim(),
                operation.findElement(By.cssSelector(".request-url pre")).getText(),
                operation.findElement(By.cssSelector(".curl-command")).getText(),
                operation.findElement(By.cssSelector(".live-responses-table .highlight-code pre")).getText());
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }
}
