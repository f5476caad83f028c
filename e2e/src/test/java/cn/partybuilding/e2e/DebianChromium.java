package cn.partybuilding.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium and its driver from Debian's packages. Selenium's own download of a browser or
 * driver cannot work here (only package registries are reachable), so both are given by path. A CJK
 * font comes along so that the screenshot shows the Chinese text rather than empty boxes.
 */
final class DebianChromium {

    private static final Logger LOG = Logger.getLogger(DebianChromium.class.getName());
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final String INSTALL_COMMAND =
            "apt-get update -qq && apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei";
    private static final long INSTALL_TIMEOUT_MINUTES = 10;
    /**
     * Selenium 4.49 knows DevTools protocols up to Chromium 153; its warning about a newer browser is
     * noise here, as the tests use WebDriver only. Held in a field: JUL keeps loggers weakly.
     */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
    }

    private DebianChromium() {
    }

    /** Installs the packages with apt-get when one is missing (the machines and CI run as root). */
    static void installIfMissing(Path logDir) {
        if (isInstalled()) {
            return;
        }
        Path log = logDir.resolve("apt-install-chromium.log");
        LOG.info(() -> "Installing Chromium: " + INSTALL_COMMAND + " (log: " + log + ")");
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", INSTALL_COMMAND)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        try {
            Files.createDirectories(logDir);
            Process install = builder.start();
            if (!install.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                install.destroyForcibly();
                throw new IllegalStateException("'" + INSTALL_COMMAND + "' did not finish within " + INSTALL_TIMEOUT_MINUTES
                        + " minutes; see " + log);
            }
            if (install.exitValue() != 0 || !isInstalled()) {
                throw new IllegalStateException("Could not install Chromium for the browser test: '" + INSTALL_COMMAND
                        + "' exited with " + install.exitValue() + " (it needs root and Debian's package registry):\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run '" + INSTALL_COMMAND + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing Chromium", e);
        }
    }

    private static boolean isInstalled() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM) && Files.isRegularFile(CJK_FONT);
    }

    /** A headless browser with a fresh profile in {@code userDataDir}. */
    static ChromeDriver start(Path userDataDir) {
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                // the network is closed: without the background-networking switches Chromium hangs on refused connections
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1400,2400", "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
