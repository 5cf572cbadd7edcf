package org.hearth.domain.asset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.hearth.domain.asset.ImageRefused.Reason;
import org.junit.jupiter.api.Test;

class ImageUploadTest {

  private static final String NOT_AN_IMAGE =
      " is not a PNG, JPEG, GIF or WebP image (its content was checked, not its name)";

  // --- accepted by content -------------------------------------------------------------------

  @Test
  void realPngJpegAndGifImagesAreAcceptedAndStoredUnderTheirHashAndExtension() {
    for (String format : new String[] {"png", "jpg", "gif"}) {
      byte[] bytes = encode(format, Color.ORANGE);

      ImageUpload upload = ImageUpload.check("picture." + format, bytes);

      assertEquals(format, upload.type().extension(), format);
      assertEquals(sha256Prefix(bytes) + "." + format, upload.storedName(), format);
      assertArrayEquals(bytes, upload.bytes(), format);
      assertEquals(bytes.length, upload.size(), format);
    }
  }

  @Test
  void eachTypeIsServedWithItsOwnContentType() {
    assertEquals(
        "image/png", ImageUpload.check("a.png", encode("png", Color.RED)).type().contentType());
    assertEquals(
        "image/jpeg", ImageUpload.check("a.jpg", encode("jpg", Color.RED)).type().contentType());
    assertEquals(
        "image/gif", ImageUpload.check("a.gif", encode("gif", Color.RED)).type().contentType());
    assertEquals("image/webp", ImageUpload.check("a.webp", webp()).type().contentType());
  }

  @Test
  void aWebpRiffFileIsAccepted() {
    byte[] bytes = webp();

    ImageUpload upload = ImageUpload.check("diagram.webp", bytes);

    assertEquals(ImageType.WEBP, upload.type());
    assertEquals(sha256Prefix(bytes) + ".webp", upload.storedName());
  }

  @Test
  void bothGifVersionsAreAccepted() {
    byte[] gif89a = encode("gif", Color.YELLOW);
    byte[] gif87a = gif89a.clone();
    System.arraycopy(ascii("87a"), 0, gif87a, 3, 3);
    assertEquals(ImageType.GIF, ImageUpload.check("old.gif", gif87a).type());
    assertEquals(ImageType.GIF, ImageUpload.check("new.gif", gif89a).type());
  }

  @Test
  void aJpegNamedPngIsAcceptedAsJpegAndStoredAsJpg() {
    byte[] jpeg = encode("jpg", Color.BLUE);

    ImageUpload upload = ImageUpload.check("x.png", jpeg);

    assertEquals(ImageType.JPEG, upload.type());
    assertTrue(upload.storedName().endsWith(".jpg"), upload.storedName());
  }

  @Test
  void theNameNeverDecidesTheType() {
    assertEquals(ImageType.PNG, ImageUpload.check("photo.gif", encode("png", Color.GREEN)).type());
    assertEquals(ImageType.GIF, ImageUpload.check("photo.jpeg", encode("gif", Color.GREEN)).type());
    assertEquals(ImageType.WEBP, ImageUpload.check("photo.svg", webp()).type());
    assertEquals(
        ImageType.PNG, ImageUpload.check("no extension", encode("png", Color.GREEN)).type());
    assertEquals(ImageType.PNG, ImageUpload.check(null, encode("png", Color.GREEN)).type());
  }

  @Test
  void changingTheUploadedArrayAfterwardsDoesNotChangeTheCheckedImage() {
    byte[] bytes = encode("png", Color.CYAN);
    byte[] original = bytes.clone();
    ImageUpload upload = ImageUpload.check("a.png", bytes);

    System.arraycopy(ascii("<svg onload=alert(1)>"), 0, bytes, 0, 20);
    upload.bytes()[0] = 'x';

    assertArrayEquals(original, upload.bytes());
    assertEquals(sha256Prefix(original) + ".png", upload.storedName());
  }

  // --- stored names --------------------------------------------------------------------------

  @Test
  void theSameImageUploadedTwiceGetsTheSameStoredNameWhateverItWasCalled() {
    byte[] bytes = encode("png", Color.MAGENTA);

    ImageUpload first = ImageUpload.check("first.png", bytes);
    ImageUpload second = ImageUpload.check("C:\\elsewhere\\second.gif", bytes.clone());

    assertEquals(first.storedName(), second.storedName());
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
  }

  @Test
  void differentImagesGetDifferentStoredNames() {
    ImageUpload orange = ImageUpload.check("a.png", encode("png", Color.ORANGE));
    ImageUpload pink = ImageUpload.check("a.png", encode("png", Color.PINK));
    byte[] padded = paddedTo(encode("png", Color.GRAY), 1000);
    byte[] paddedOneMore = paddedTo(encode("png", Color.GRAY), 1001);

    assertNotEquals(orange.storedName(), pink.storedName());
    assertNotEquals(
        ImageUpload.check("a.png", padded).storedName(),
        ImageUpload.check("a.png", paddedOneMore).storedName());
    assertNotEquals(orange, pink);
  }

  @Test
  void generatedNamesAreRecognisedWithTheirType() {
    for (byte[] bytes :
        new byte[][] {
          encode("png", Color.RED), encode("jpg", Color.RED), encode("gif", Color.RED), webp()
        }) {
      ImageUpload upload = ImageUpload.check("any", bytes);

      assertTrue(
          upload.storedName().matches("[0-9a-f]{20}\\.(png|jpg|gif|webp)"), upload.storedName());
      assertTrue(ImageUpload.isStoredName(upload.storedName()), upload.storedName());
      assertEquals(Optional.of(upload.type()), ImageUpload.storedType(upload.storedName()));
    }
  }

  @Test
  void anythingButAGeneratedNameIsNotAStoredName() {
    String hex = "0123456789abcdef0123";
    assertTrue(ImageUpload.isStoredName(hex + ".png"), "the shape accepted, as a baseline");
    for (String name :
        new String[] {
          null,
          "",
          ".png",
          "x.png",
          "../x.png",
          "a.svg",
          "photo.jpg",
          "0123456789ABCDEF0123.png", // upper-case hex
          "0123456789abcdef012.png", // 19 hex
          "0123456789abcdef01234.png", // 21 hex
          "0123456789abcdef012g.png", // not hex
          hex + ".svg",
          hex + ".jpeg",
          hex + ".PNG",
          hex + ".html",
          hex + ".png.html",
          hex + ".html.png",
          hex,
          hex + ".",
          hex + "png",
          hex + ".png\n",
          " " + hex + ".png",
          hex + ".png ",
          "../" + hex + ".png",
          "/" + hex + ".png",
          "x/" + hex + ".png",
          hex + ".png/",
          hex + ".png;.html",
          hex + ".png%00",
          hex + "\0.png"
        }) {
      assertFalse(ImageUpload.isStoredName(name), String.valueOf(name));
      assertEquals(Optional.empty(), ImageUpload.storedType(name), String.valueOf(name));
    }
  }

  // --- SVG -----------------------------------------------------------------------------------

  @Test
  void svgIsRefusedWithItsOwnReasonHoweverItStarts() {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"4\"/></svg>";
    for (byte[] bytes :
        new byte[][] {
          ascii(svg),
          ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg),
          concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ascii(svg)),
          concat(
              new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
              ascii(" \r\n\t<?xml version=\"1.0\"?>" + svg)),
          ascii("\n\n   \t" + svg),
          ascii(svg.toUpperCase()),
          ascii("<?XML VERSION=\"1.0\"?><SVG/>"),
          ascii("<SvG onload=alert(1)>"),
          ascii("<!-- drawn by hand -->\n<svg/>"),
          ascii("<!-- a > b, <html> -->\n<svg/>"),
          ascii(
              "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
                  + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                  + "<svg/>"),
          ascii("<?xml-stylesheet href=\"a.css\"?><svg/>"),
          concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, svg.getBytes(StandardCharsets.UTF_16BE)),
          concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, svg.getBytes(StandardCharsets.UTF_16LE))
        }) {
      ImageRefused refused =
          assertThrows(ImageRefused.class, () -> ImageUpload.check("logo.png", bytes));

      assertEquals(Reason.SVG, refused.reason());
      assertEquals(
          "\"logo.png\" is an SVG or XML file; SVG is not accepted because it can carry scripts, so"
              + " save it as a PNG instead",
          refused.getMessage());
    }
  }

  @Test
  void anSvgOpeningBeyondTheFirstKilobyteIsStillRefusedAsNotAnImage() {
    byte[] bytes = ascii(" ".repeat(2000) + "<svg onload=alert(1)/>");

    ImageRefused refused =
        assertThrows(ImageRefused.class, () -> ImageUpload.check("late.png", bytes));

    assertEquals(Reason.NOT_AN_IMAGE, refused.reason());
  }

  // --- other content refused -----------------------------------------------------------------

  @Test
  void htmlNamedPngIsRefusedAsNotAnImage() {
    byte[] html =
        ascii("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    ImageRefused refused =
        assertThrows(ImageRefused.class, () -> ImageUpload.check("photo.png", html));

    assertEquals(Reason.NOT_AN_IMAGE, refused.reason());
    assertEquals("\"photo.png\"" + NOT_AN_IMAGE, refused.getMessage());
  }

  @Test
  void htmlThatMerelyContainsAnSvgIsNotMistakenForOne() {
    byte[] html = ascii("<html><body><svg onload=alert(1)></svg></body></html>");

    assertEquals(
        Reason.NOT_AN_IMAGE,
        assertThrows(ImageRefused.class, () -> ImageUpload.check("p.png", html)).reason());
  }

  @Test
  void pdfTextAndOtherFilesAreRefusedWhateverTheirName() {
    byte[][] contents = {
      ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
      ascii("These are my notes."),
      ascii("GIF88a not a real gif version"),
      ascii("RIFF\u0024\0\0\0WAVEfmt "), // a WAV file: RIFF, but not WebP
      ascii("RIFF\u0024\0\0\0"), // RIFF cut short before its form
      ascii("BM\u0036\0\0\0"), // BMP
      new byte[] {0x00, 0x00, 0x01, 0x00}, // ICO
      new byte[] {0x1F, (byte) 0x8B, 0x08, 0x00}, // gzip, as in .svgz
      new byte[] {(byte) 0xFF, (byte) 0xD8}, // JPEG start cut short
      new byte[] {(byte) 0xFF, (byte) 0xD8, 0x00, 0x00},
      Arrays.copyOf(png(0), 7), // PNG signature cut short
      new byte[] {0}
    };
    for (byte[] bytes : contents) {
      ImageRefused refused =
          assertThrows(ImageRefused.class, () -> ImageUpload.check("notes.png", bytes));

      assertEquals(
          Reason.NOT_AN_IMAGE, refused.reason(), new String(bytes, StandardCharsets.ISO_8859_1));
      assertEquals("\"notes.png\"" + NOT_AN_IMAGE, refused.getMessage());
    }
  }

  @Test
  void anImageSignatureFurtherInIsNotEnough() {
    byte[] prefixed = concat(ascii(" "), encode("png", Color.RED));

    assertEquals(
        Reason.NOT_AN_IMAGE,
        assertThrows(ImageRefused.class, () -> ImageUpload.check("a.png", prefixed)).reason());
  }

  @Test
  void aSignatureInFrontOfSomethingElseIsRefused() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";
    byte[][] pretenders = {
      concat(Arrays.copyOf(png(8), 8), ascii(svg)),
      concat(
          new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
          ascii("<html><script>alert(1)</script>")),
      concat(ascii("GIF89a"), ascii(svg)),
      Arrays.copyOf(encode("png", Color.RED), 40), // a real PNG cut short
      png(5000)
    };
    for (byte[] bytes : pretenders) {
      ImageRefused refused =
          assertThrows(ImageRefused.class, () -> ImageUpload.check("Foto von Zoë.png", bytes));

      assertEquals(Reason.NOT_AN_IMAGE, refused.reason());
      assertTrue(
          refused.getMessage().startsWith("\"Foto von Zoë.png\" starts like a "),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("could not be decoded"), refused.getMessage());
    }
  }

  @Test
  void aWebpWhoseSizesDoNotFitIsRefused() {
    byte[] lying = webp();
    lying[4] = 0x7F; // the RIFF size now claims far more than the file holds
    byte[] wrongChunk = webp();
    System.arraycopy(ascii("ICCP"), 0, wrongChunk, 12, 4);

    for (byte[] bytes : new byte[][] {lying, wrongChunk, Arrays.copyOf(webp(), 16)}) {
      ImageRefused refused =
          assertThrows(ImageRefused.class, () -> ImageUpload.check("d.webp", bytes));
      assertEquals(Reason.NOT_AN_IMAGE, refused.reason());
    }
  }

  @Test
  void aSmallFileClaimingAGigapixelIsRefusedBeforeItIsUnpacked() {
    byte[] png = encode("png", Color.RED);
    ByteBuffer header = ByteBuffer.wrap(png);
    header.putInt(16, 100_000).putInt(20, 100_000); // IHDR width and height
    CRC32 crc = new CRC32();
    crc.update(png, 12, 17);
    header.putInt(29, (int) crc.getValue());

    ImageRefused refused =
        assertThrows(ImageRefused.class, () -> ImageUpload.check("huge.png", png));

    assertEquals(
        "\"huge.png\" is 100000 × 100000 pixels; an image may have at most 40 million, so make it"
            + " smaller",
        refused.getMessage());
  }

  @Test
  void anEmptyFileIsRefused() {
    ImageRefused refused =
        assertThrows(ImageRefused.class, () -> ImageUpload.check("blank.png", new byte[0]));

    assertEquals(Reason.EMPTY, refused.reason());
    assertEquals(
        "\"blank.png\" is empty; choose a PNG, JPEG, GIF or WebP image to upload",
        refused.getMessage());
    assertEquals(
        Reason.EMPTY,
        assertThrows(ImageRefused.class, () -> ImageUpload.check("none.png", null)).reason());
  }

  // --- size ----------------------------------------------------------------------------------

  @Test
  void exactlyFiveMegabytesIsAcceptedAndOneByteMoreIsRefused() {
    assertEquals(5 * 1024 * 1024, ImageUpload.MAX_BYTES);

    ImageUpload largest =
        ImageUpload.check("big.png", paddedTo(encode("png", Color.RED), 5 * 1024 * 1024));
    assertEquals(5 * 1024 * 1024, largest.size());
    assertEquals(ImageType.PNG, largest.type());

    ImageRefused refused =
        assertThrows(
            ImageRefused.class, () -> ImageUpload.check("bigger.png", png(5 * 1024 * 1024 + 1)));
    assertEquals(Reason.TOO_LARGE, refused.reason());
    assertEquals(
        "\"bigger.png\" is larger than 5 MB, the most an image may be; make it smaller and upload"
            + " it again",
        refused.getMessage());
  }

  @Test
  void anOversizedFileIsRefusedForItsSizeEvenWhenItIsNotAnImage() {
    byte[] huge = new byte[(int) ImageUpload.MAX_BYTES + 1];

    assertEquals(
        Reason.TOO_LARGE,
        assertThrows(ImageRefused.class, () -> ImageUpload.check("huge.bin", huge)).reason());
  }

  // --- the name in messages ------------------------------------------------------------------

  @Test
  void messagesShowOnlyTheLastPartOfAPath() {
    assertEquals(
        "\"notes.png\"" + NOT_AN_IMAGE, refusedMessage("C:\\Users\\ann\\Desktop\\notes.png"));
    assertEquals("\"notes.png\"" + NOT_AN_IMAGE, refusedMessage("../../etc/notes.png"));
    assertEquals("\"notes.png\"" + NOT_AN_IMAGE, refusedMessage("/home/ann/notes.png"));
    assertEquals("\"notes.png\"" + NOT_AN_IMAGE, refusedMessage("..\\..\\notes.png"));
    assertEquals("\"notes.png\"" + NOT_AN_IMAGE, refusedMessage("a/b\\c/notes.png"));
  }

  @Test
  void messagesDropControlAndDirectionCharactersFromTheName() {
    assertEquals("\"notes.png\"" + NOT_AN_IMAGE, refusedMessage("no\u0000tes\r\n.png"));
    assertEquals(
        "\"notes.png\"" + NOT_AN_IMAGE, refusedMessage("\u0007\u001bnotes.png\u007f\u0085"));
    // U+202E would display "cod.exe" as "exe.doc"; U+200B is an invisible space.
    assertEquals("\"codexe.png\"" + NOT_AN_IMAGE, refusedMessage("cod\u202Eexe\u200B.png"));
    assertEquals("\"Übung.png\"" + NOT_AN_IMAGE, refusedMessage("  Übung.png\t"));
  }

  @Test
  void longNamesAreCutToAHundredCharacters() {
    String name = "a".repeat(300) + ".png";

    ImageRefused refused =
        assertThrows(ImageRefused.class, () -> ImageUpload.check(name, ascii("text")));

    assertEquals(100, refused.fileName().length());
    assertEquals("a".repeat(99) + "…", refused.fileName());
    assertEquals("\"" + "a".repeat(99) + "…\"" + NOT_AN_IMAGE, refused.getMessage());
    assertEquals(
        "b".repeat(100), UploadedFileName.forDisplay("b".repeat(100)), "exactly 100 is kept whole");
  }

  @Test
  void cuttingANameNeverSplitsACharacter() {
    String shown = UploadedFileName.forDisplay("😀".repeat(150));

    assertEquals(100, shown.codePointCount(0, shown.length()));
    assertTrue(shown.startsWith("😀".repeat(99)), shown);
    assertTrue(shown.endsWith("…"), shown);
  }

  @Test
  void aFileWithNoShowableNameIsCalledTheUploadedFile() {
    for (String name : new String[] {null, "", "   ", "../", "C:\\photos\\", "\u0000\u202E"}) {
      ImageRefused refused =
          assertThrows(ImageRefused.class, () -> ImageUpload.check(name, ascii("text")));

      assertEquals("", refused.fileName(), String.valueOf(name));
      assertEquals("The uploaded file" + NOT_AN_IMAGE, refused.getMessage(), String.valueOf(name));
    }
  }

  @Test
  void everyRefusalNamesTheFile() {
    String name = "../secret/Holiday photo.png";
    byte[][] refusedContents = {
      new byte[0], png(5 * 1024 * 1024 + 1), ascii("<svg/>"), ascii("%PDF-1.4")
    };
    for (byte[] bytes : refusedContents) {
      ImageRefused refused = assertThrows(ImageRefused.class, () -> ImageUpload.check(name, bytes));

      assertEquals("Holiday photo.png", refused.fileName());
      assertTrue(refused.getMessage().startsWith("\"Holiday photo.png\" "), refused.getMessage());
      assertFalse(refused.getMessage().contains("secret"), refused.getMessage());
    }
  }

  // --- detection on its own ------------------------------------------------------------------

  @Test
  void detectionNeedsOnlyTheFirstTwelveBytes() {
    assertEquals(
        Optional.of(ImageType.PNG), ImageType.detect(Arrays.copyOf(encode("png", Color.RED), 12)));
    assertEquals(
        Optional.of(ImageType.JPEG), ImageType.detect(Arrays.copyOf(encode("jpg", Color.RED), 12)));
    assertEquals(
        Optional.of(ImageType.GIF), ImageType.detect(Arrays.copyOf(encode("gif", Color.RED), 12)));
    assertEquals(Optional.of(ImageType.WEBP), ImageType.detect(Arrays.copyOf(webp(), 12)));
    assertEquals(Optional.empty(), ImageType.detect(new byte[0]));
    assertEquals(Optional.empty(), ImageType.detect(null));
  }

  // --- helpers -------------------------------------------------------------------------------

  private static String refusedMessage(String name) {
    return assertThrows(ImageRefused.class, () -> ImageUpload.check(name, ascii("plain text")))
        .getMessage();
  }

  /** A real 16 x 12 image in the given format, as javax.imageio writes it. */
  private static byte[] encode(String format, Color color) {
    BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        image.setRGB(x, y, (x + y) % 2 == 0 ? color.getRGB() : Color.WHITE.getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      assertTrue(ImageIO.write(image, format, out), "javax.imageio writes " + format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A real image with zeros after its end, {@code length} bytes in all: it still decodes. */
  private static byte[] paddedTo(byte[] image, int length) {
    return Arrays.copyOf(image, length);
  }

  /** A PNG signature followed by zeros, {@code length} bytes in all (at least the signature). */
  private static byte[] png(int length) {
    byte[] bytes = new byte[Math.max(length, 8)];
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(signature, 0, bytes, 0, signature.length);
    return bytes;
  }

  /** A minimal lossless WebP: the RIFF header, the WEBP form and a VP8L chunk for one pixel. */
  private static byte[] webp() {
    byte[] vp8l = {0x2F, 0x00, 0x00, 0x00, 0x00, (byte) 0x88, (byte) 0x88, 0x08};
    ByteBuffer buffer = ByteBuffer.allocate(12 + 8 + vp8l.length).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put(ascii("RIFF")).putInt(4 + 8 + vp8l.length).put(ascii("WEBP"));
    buffer.put(ascii("VP8L")).putInt(vp8l.length).put(vp8l);
    return buffer.array();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  private static String sha256Prefix(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
          .substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
