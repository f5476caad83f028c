package cn.partybuilding.activity;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads a QR image the service drew, as a phone's scanner would read its text. */
public final class QrImages {

    private QrImages() {
    }

    /**
     * The text of a PNG holding one QR code. The image is a drawn code, square and unrotated, so it is
     * read as a pure barcode: the detector's search for finder patterns is for photographs.
     */
    public static String text(byte[] png) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png))))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
