package com.briefingdesk.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Files people upload as images: real ones, and ones that only pretend to be, or would explode when decoded. */
final class HostileFiles {

    static final int MEGABYTE = 1024 * 1024;

    private HostileFiles() {
    }

    static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A few hundred bytes that claim 100,000 × 100,000 pixels: 40 GB once decoded. */
    static byte[] pngBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0, 0, 0, 1, 0, 1});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A JPEG header claiming 60,000 × 60,000 pixels. */
    static byte[] jpegBomb() {
        byte[] real = jpeg(8, 8);
        for (int i = 2; i + 8 < real.length; i++) {
            if ((real[i] & 0xff) == 0xff && (real[i + 1] & 0xff) == 0xc0) {
                real[i + 5] = (byte) 0xea;
                real[i + 6] = 0x60;
                real[i + 7] = (byte) 0xea;
                real[i + 8] = 0x60;
                return real;
            }
        }
        throw new IllegalStateException("no SOF0 marker");
    }

    /** A zip archive (what a .docx is) of a 200 MB entry of zeros, a few hundred kilobytes packed. */
    static byte[] zipBomb() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                byte[] zeros = new byte[MEGABYTE];
                for (int i = 0; i < 200; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Starts like a PNG so the type check passes; far beyond the size limit. */
    static byte[] fiftyMegabytes() {
        byte[] big = new byte[50 * MEGABYTE];
        byte[] png = png(1, 1);
        System.arraycopy(png, 0, big, 0, png.length);
        return big;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
