package com.briefingdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.kernel.ValidationException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void pngAndJpegAreKnownByTheirContent() throws IOException {
        assertThat(AttachmentPolicy.mediaTypeOf(image("png"))).isEqualTo("image/png");
        assertThat(AttachmentPolicy.mediaTypeOf(image("jpg"))).isEqualTo("image/jpeg");
    }

    @Test
    void aTextFileCalledPngIsRefused() {
        assertThatThrownBy(() -> AttachmentPolicy.mediaTypeOf("not an image".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("images", "article.image.notImage"));
    }

    @Test
    void moreThanFiveMegabytesIsRefused() throws IOException {
        byte[] png = image("png");
        byte[] large = new byte[AttachmentPolicy.MAX_BYTES + 1];
        System.arraycopy(png, 0, large, 0, png.length);
        assertThatThrownBy(() -> AttachmentPolicy.mediaTypeOf(large))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("images", "article.image.tooLarge"));
    }
}
