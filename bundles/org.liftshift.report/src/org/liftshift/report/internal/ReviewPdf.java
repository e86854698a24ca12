package org.liftshift.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The report's XHTML rendered to PDF by openhtmltopdf, with DejaVu Sans embedded so that names in
 * any Latin, Greek or Cyrillic script print as they are. The file is the same for the same page: no
 * creation date, and a document id derived from the content instead of the clock.
 */
public final class ReviewPdf {

    private ReviewPdf() {
    }

    public static byte[] render(String xhtml, String title) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> ReportFonts.stream(false), ReportFonts.FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> ReportFonts.stream(true), ReportFonts.FAMILY, 700, FontStyle.NORMAL, true);
        builder.useSVGDrawer(new SvgPainter());
        builder.withProducer("Liftshift");
        builder.withHtmlContent(xhtml, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = builder.buildPdfRenderer().createPDFKeepOpen()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Liftshift");
            info.setCreationDate(null);
            info.setModificationDate(null);
            byte[] id = Arrays.copyOf(sha256(xhtml), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            pdf.save(out);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
