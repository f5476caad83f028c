package cn.partybuilding.activity.rest;

import cn.partybuilding.activity.domain.CheckInCode;
import cn.partybuilding.activity.rest.dto.CheckInPayload;
import cn.partybuilding.activity.service.ActivityError;
import cn.partybuilding.common.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Check-in codes as QR images (ZXing) for the organizer's screen. The image holds a
 * {@link CheckInPayload} as JSON; a member's app may post that text, or the bare code, to check in.
 */
@ApplicationScoped
public class QrCodes {

    private static final int SIZE = 360;

    @Inject
    ObjectMapper json;

    /** The text the QR image holds for this code. */
    public String payload(String activityId, CheckInCode code) {
        try {
            return json.writeValueAsString(new CheckInPayload(activityId, code.value(), code.expiresAt()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a payload of three strings always serializes", e);
        }
    }

    /** The code in what a member's app scanned: the payload's {@code code}, or the text itself when it is a bare code. */
    public String codeIn(String scanned) {
        if (!scanned.stripLeading().startsWith("{")) {
            return scanned;
        }
        try {
            JsonNode code = json.readTree(scanned).get("code");
            if (code != null && code.isTextual()) {
                return code.asText();
            }
        } catch (JsonProcessingException e) {
            // falls through to the problem below
        }
        throw ProblemException.forField("code", ActivityError.INVALID_CHECK_IN_CODE);
    }

    public byte[] png(String text) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("the check-in code does not fit a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
