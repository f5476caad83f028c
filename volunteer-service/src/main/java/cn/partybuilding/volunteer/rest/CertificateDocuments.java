package cn.partybuilding.volunteer.rest;

import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.Certificate;
import cn.partybuilding.volunteer.service.VolunteerError;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prints a {@link Certificate}: one Qute page, escaped by default, is the printable text/html
 * answer, and the same page laid out by openhtmltopdf is the A4 PDF, so the two cannot drift apart.
 * The PDF embeds the configured font (the page's "certificate-font"), since the standard PDF fonts
 * have no Chinese glyphs.
 */
@ApplicationScoped
public class CertificateDocuments {

    private static final String PDF_FONT_FAMILY = "certificate-font";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    static {
        XRLog.setLoggerImpl(new ApplicationLog());
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificate(Certificate certificate);
    }

    private final Path fontFile;
    /** The face within a TrueType collection (.ttc); null for a plain TrueType file. */
    private final Integer faceIndex;

    /** {@code fontLocation}: the path of a TrueType file, or {@code path.ttc,index} for one face of a collection. */
    public CertificateDocuments(@ConfigProperty(name = "party.certificate.font") String fontLocation) {
        int comma = fontLocation.lastIndexOf(',');
        boolean indexed = comma > 0 && fontLocation.substring(comma + 1).matches("\\d+");
        this.fontFile = Path.of(indexed ? fontLocation.substring(0, comma) : fontLocation);
        boolean collection = fontFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        this.faceIndex = collection ? (indexed ? Integer.valueOf(fontLocation.substring(comma + 1)) : 0) : null;
    }

    public String html(Certificate certificate) {
        return Templates.certificate(certificate).render();
    }

    /** The page as an A4 PDF; 503 when the font is missing, so that callers can ask for the page instead. */
    public byte[] pdf(Certificate certificate) {
        if (!Files.isReadable(fontFile)) {
            throw new ProblemException(VolunteerError.CERTIFICATE_FONT_MISSING);
        }
        String page = html(certificate);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the face stays open until the renderer has saved the document: the embedded subset is taken from it then
        try (FontFace face = FontFace.open(fontFile, faceIndex); PDDocument document = new PDDocument()) {
            new PdfRendererBuilder().useFastMode().usePDDocument(document)
                    .useFont(new PDFontSupplier(PDType0Font.load(document, face.font(), true)), PDF_FONT_FAMILY)
                    .withHtmlContent(page, null).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF certificate could not be made", e);
        }
        return out.toByteArray();
    }

    @TemplateExtension
    static String chineseDate(LocalDate date) {
        return CHINESE_DATE.format(date);
    }

    @TemplateExtension
    static String clock(LocalTime time) {
        return CLOCK.format(time);
    }

    /** Hours as written, never in exponent notation. */
    @TemplateExtension
    static String plain(BigDecimal number) {
        return number.toPlainString();
    }

    /** Sends openhtmltopdf's messages to the application's log: its own logger writes to stderr, in a format of its own. */
    private static final class ApplicationLog implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {
            Logger.getLogger(where).log(level, message);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            Logger.getLogger(where).log(level, message, error);
        }

        @Override
        public void setLevel(String logger, Level level) {
            // levels are set with quarkus.log.category
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
        }
    }

    /** A TrueType face and the file it is read from, closed together. */
    private record FontFace(TrueTypeFont font, Closeable file) implements Closeable {

        static FontFace open(Path path, Integer faceIndex) throws IOException {
            if (faceIndex == null) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
                return new FontFace(font, font);
            }
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            List<TrueTypeFont> faces = new ArrayList<>();
            collection.processAllFonts(faces::add);
            if (faceIndex >= faces.size()) {
                collection.close();
                throw new IOException(path + " has no face " + faceIndex);
            }
            return new FontFace(faces.get(faceIndex), collection);
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
