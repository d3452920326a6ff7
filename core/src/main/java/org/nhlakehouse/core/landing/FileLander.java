package org.nhlakehouse.core.landing;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.nhlakehouse.core.storage.ObjectInfo;
import org.nhlakehouse.core.storage.ObjectOutput;
import org.nhlakehouse.core.storage.ObjectStore;

/**
 * Lands a raw file: reads it once, as stored under {@code bronze/<dataset>/}, and writes its Bronze rows (see
 * {@link BronzeRowsWriter}) to {@code bronze-rows/<dataset>/file_id=<id>/rows.txt}. The raw file is never changed.
 *
 * <p>
 * Handles what real CMS files do: a UTF-8 byte-order mark or none, always- or minimally-quoted fields, CRLF, header
 * spellings of older years, Windows-1252 names, gzip-compressed uploads. Refuses, with a message naming the file and
 * the reason, what it cannot load: empty or header-only files, binary files and archives, UTF-16 text, files that are
 * not comma separated, files that are none of the known datasets or miss required columns, and files whose quotes
 * never close. A refused file leaves no Bronze rows behind.
 */
public final class FileLander {

    /** Object metadata carrying the file's modification time at its source (Drive or a local folder), ISO-8601. */
    public static final String SOURCE_MODIFIED_METADATA = "source-modified-at";
    /** Object metadata of an entry the source refused to hand over (see {@code SourceDocument#refusal}): why. */
    public static final String SOURCE_REFUSAL_METADATA = "source-refusal";
    /**
     * The longest Bronze row any engine is asked to read (DuckDB's default {@code max_line_size}, which DdlRenderer
     * sets explicitly): landing quarantines records over {@link CsvRecord#MAX_RECORD_BYTES} so none is longer.
     */
    public static final int MAX_BRONZE_ROW_BYTES = 2 << 20;
    private static final int SNIFF_BYTES = 64 * 1024;

    private final ObjectStore store;
    private final boolean compressBronzeRows;

    /**
     * @param compressBronzeRows gzip the Bronze rows (worth it on S3, where Athena bills bytes scanned; not locally)
     */
    public FileLander(ObjectStore store, boolean compressBronzeRows) {
        this.store = store;
        this.compressBronzeRows = compressBronzeRows;
    }

    /** The Bronze rows key of a landed file. */
    public static String bronzeRowsKey(Dataset dataset, String fileId, boolean compressed) {
        return "bronze-rows/" + dataset.id() + "/file_id=" + fileId + "/rows.txt" + (compressed ? ".gz" : "");
    }

    /** The dataset a raw key claims by its prefix, {@code bronze/<dataset>/...}. */
    public static Optional<Dataset> datasetOfKey(String key) {
        String[] segments = key.split("/");
        return segments.length >= 3 && segments[0].equals("bronze") ? Dataset.byId(segments[1]) : Optional.empty();
    }

    /**
     * Lands one raw file.
     *
     * @param rawKey the raw file's key; its {@code bronze/<dataset>/} prefix says what the file must contain
     */
    public LandingOutcome land(String rawKey) throws IOException {
        ObjectInfo info = store.head(rawKey).orElseThrow(() -> new java.io.FileNotFoundException(rawKey));
        Instant modified = sourceModifiedAt(info);
        String fileName = rawKey.substring(rawKey.lastIndexOf('/') + 1);
        Optional<Dataset> claimed = datasetOfKey(rawKey);
        String fileId = fileId(rawKey, info.etag());
        MessageDigest sha256 = sha256();
        String sourceRefusal = info.metadata().get(SOURCE_REFUSAL_METADATA);
        if (sourceRefusal != null) {
            return new LandingOutcome.Refused(fileId, rawKey, HexFormat.of().formatHex(sha256.digest()), info.size(),
                    modified, claimed, RefusalReason.NOT_A_REGULAR_FILE, sourceRefusal);
        }
        try (DigestInputStream raw = new DigestInputStream(new StoreStream(store.open(rawKey)), sha256)) {
            try {
                if (info.size() == 0) {
                    throw new FileRefusedException(RefusalReason.EMPTY_FILE, fileName, "the file is empty (0 bytes)");
                }
                if (claimed.isEmpty()) {
                    // Not under bronze/<dataset>/: read it anyway, to refuse it with the real reason.
                    parse(raw, fileName, Optional.empty(), OutputStream.nullOutputStream());
                }
                // Rows go under the dataset the key claims; a file whose header disagrees is refused before any
                // row is committed.
                Dataset dataset = claimed.orElseThrow();
                String rowsKey = bronzeRowsKey(dataset, fileId, compressBronzeRows);
                try (ObjectOutput output = store.create(rowsKey, Map.of("source-key", rawKey, "source-etag", info.etag()))) {
                    GZIPOutputStream gzip = compressBronzeRows ? fastGzip(output) : null;
                    Parsed parsed = parse(raw, fileName, claimed, gzip != null ? gzip : output);
                    if (gzip != null) {
                        gzip.finish();
                    }
                    raw.transferTo(OutputStream.nullOutputStream());
                    output.commit();
                    return new LandingOutcome.Landed(new LandedFile(fileId, dataset, rawKey,
                            HexFormat.of().formatHex(sha256.digest()), info.size(), modified, parsed.encoding,
                            parsed.compression, parsed.headerColumns, parsed.notes, parsed.rows,
                            parsed.recordsWithIssues, rowsKey));
                }
            } catch (FileRefusedException refused) {
                raw.transferTo(OutputStream.nullOutputStream());
                return new LandingOutcome.Refused(fileId, rawKey, HexFormat.of().formatHex(sha256.digest()),
                        info.size(), modified, claimed, refused.reason(), refused.detail());
            } catch (UnreadableContentException unreadable) {
                // Recorded like any refusal, so later runs skip this version instead of failing on it again.
                raw.transferTo(OutputStream.nullOutputStream());
                return new LandingOutcome.Refused(fileId, rawKey, HexFormat.of().formatHex(sha256.digest()),
                        info.size(), modified, claimed, RefusalReason.UNREADABLE, unreadable.getMessage());
            }
        }
    }

    /**
     * Tells which dataset a file holds from its first bytes, without landing it: how files from a shared folder are
     * sorted into {@code bronze/<dataset>/}.
     */
    public static Dataset detect(InputStream content, String fileName) throws IOException, FileRefusedException {
        InputStream text = openText(new BufferedInputStream(content, SNIFF_BYTES), fileName);
        CsvRecordReader reader = new CsvRecordReader(text, fileName);
        List<String> header = readHeader(reader, new CsvRecord(), fileName);
        return DatasetDetector.detect(header).orElseThrow(() -> new FileRefusedException(RefusalReason.UNKNOWN_DATASET,
                fileName, DatasetDetector.unknownDatasetMessage(header)));
    }

    private Parsed parse(InputStream raw, String fileName, Optional<Dataset> claimed, OutputStream sink)
            throws IOException, FileRefusedException {
        BufferedInputStream buffered = new BufferedInputStream(raw, SNIFF_BYTES);
        boolean gzip = startsWith(buffered, new byte[] { 0x1f, (byte) 0x8b });
        InputStream text = openText(buffered, fileName);
        boolean bom = startsWith(text, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        if (bom) {
            text.skipNBytes(3);
        }
        CsvRecordReader reader = new CsvRecordReader(text, fileName);
        CsvRecord record = new CsvRecord();
        List<String> header = readHeader(reader, record, fileName);
        Dataset dataset = DatasetDetector.detect(header).orElseThrow(() -> new FileRefusedException(
                RefusalReason.UNKNOWN_DATASET, fileName, DatasetDetector.unknownDatasetMessage(header)));
        if (claimed.isEmpty() || claimed.get() != dataset) {
            throw new FileRefusedException(RefusalReason.DATASET_MISMATCH, fileName, "it is stored under "
                    + claimed.map(c -> "bronze/" + c.id() + "/").orElse("a folder that is no dataset's")
                    + " but its header is a " + dataset.title() + " header");
        }
        HeaderMapping mapping = HeaderMapping.of(dataset, header, fileName);
        List<String> notes = new ArrayList<>(mapping.notes());

        BronzeRowsWriter writer = new BronzeRowsWriter(sink, mapping);
        long rows = 0;
        long blank = 0;
        long repaired = 0;
        long withIssues = 0;
        while (reader.next(record)) {
            if (record.isBlank()) {
                blank++;
                continue;
            }
            if (record.hasNonAscii() && !TextEncoding.isValidUtf8(record.data, 0, record.length)) {
                TextEncoding.transcodeWindows1252ToUtf8(record);
                repaired++;
            }
            String issue = null;
            if (record.tooLong) {
                issue = "record_too_long";
            } else if (record.fieldCount != mapping.headerSize()) {
                issue = "field_count_mismatch";
            } else if (record.malformedQuotes) {
                issue = "malformed_quotes";
            } else if (record.hasNul) {
                issue = "nul_byte";
            }
            if (issue != null) {
                withIssues++;
            }
            writer.write(record, issue);
            rows++;
        }
        writer.flush();
        if (rows == 0) {
            throw new FileRefusedException(RefusalReason.NO_DATA_ROWS, fileName,
                    "it has a " + dataset.title() + " header but no data rows");
        }
        if (blank > 0) {
            notes.add(blank + " blank line(s) skipped");
        }
        String encoding = (bom ? "utf-8 (BOM)" : "utf-8")
                + (repaired > 0 ? "; " + repaired + " record(s) read as windows-1252" : "");
        return new Parsed(dataset, rows, withIssues, encoding, gzip ? "gzip" : "none", header.size(), notes);
    }

    private static List<String> readHeader(CsvRecordReader reader, CsvRecord record, String fileName)
            throws IOException, FileRefusedException {
        do {
            if (!reader.next(record)) {
                throw new FileRefusedException(RefusalReason.EMPTY_FILE, fileName, "the file has no header and no rows");
            }
        } while (record.isBlank());
        if (record.hasNonAscii() && !TextEncoding.isValidUtf8(record.data, 0, record.length)) {
            TextEncoding.transcodeWindows1252ToUtf8(record);
        }
        List<String> header = record.fields();
        if (header.size() == 1) {
            String only = header.getFirst();
            for (String delimiter : new String[] { ";", "\t", "|" }) {
                if (only.contains(delimiter)) {
                    throw new FileRefusedException(RefusalReason.NOT_COMMA_SEPARATED, fileName,
                            "its header is separated by '" + (delimiter.equals("\t") ? "\\t" : delimiter)
                                    + "', not by commas; export it as comma-separated CSV");
                }
            }
        }
        return header;
    }

    /** Unwraps gzip, and refuses content that is not text. */
    private static InputStream openText(BufferedInputStream buffered, String fileName)
            throws IOException, FileRefusedException {
        InputStream text = buffered;
        if (startsWith(buffered, new byte[] { 0x1f, (byte) 0x8b })) {
            text = new BufferedInputStream(new GzipContent(buffered), SNIFF_BYTES);
        }
        text.mark(SNIFF_BYTES);
        byte[] head = text.readNBytes(SNIFF_BYTES);
        text.reset();
        if (head.length == 0) {
            throw new FileRefusedException(RefusalReason.EMPTY_FILE, fileName, "the file is empty");
        }
        if (startsWith(head, new byte[] { 'P', 'K', 3, 4 })) {
            throw new FileRefusedException(RefusalReason.ARCHIVE, fileName,
                    "it is a ZIP archive (an Excel workbook or a zipped file); upload the CSV itself");
        }
        if (startsWith(head, new byte[] { (byte) 0xFF, (byte) 0xFE }) || startsWith(head, new byte[] { (byte) 0xFE,
                (byte) 0xFF })) {
            throw new FileRefusedException(RefusalReason.UNSUPPORTED_ENCODING, fileName,
                    "it is UTF-16 text; save it as CSV in UTF-8");
        }
        if (startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            throw new FileRefusedException(RefusalReason.BINARY_CONTENT, fileName, "it is a PDF document, not CSV");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new FileRefusedException(RefusalReason.BINARY_CONTENT, fileName,
                        "it contains binary data (NUL bytes), not CSV text");
            }
        }
        return text;
    }

    private static boolean startsWith(InputStream in, byte[] prefix) throws IOException {
        in.mark(prefix.length);
        byte[] head = in.readNBytes(prefix.length);
        in.reset();
        return startsWith(head, prefix);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * 16 hex characters naming one version of one raw file: a hash of its key and its store version tag (ETag), known
     * before the file is read, so Bronze rows can be written in the same pass that reads it.
     */
    public static String fileId(String key, String etag) {
        byte[] digest = sha256().digest((key + "\n" + etag).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    private static Instant sourceModifiedAt(ObjectInfo info) {
        String declared = info.metadata().get(SOURCE_MODIFIED_METADATA);
        if (declared != null) {
            try {
                return Instant.parse(declared);
            } catch (DateTimeParseException e) {
                // fall back to the store's own time
            }
        }
        return info.lastModified();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Marks the store's own read failures (network, disk), which fail the landing so that a later run retries. */
    private static final class StoreReadException extends IOException {
        StoreReadException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The content cannot be decoded (a truncated or corrupt gzip stream): the file is refused as unreadable. */
    private static final class UnreadableContentException extends IOException {
        UnreadableContentException(String message, IOException cause) {
            super(message, cause);
        }
    }

    private static final class StoreStream extends FilterInputStream {
        StoreStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new StoreReadException(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new StoreReadException(e);
            }
        }
    }

    /** A gzip stream whose decoding errors say the file is unreadable, and whose store errors stay store errors. */
    private static final class GzipContent extends FilterInputStream {
        GzipContent(InputStream compressed) throws IOException {
            super(null);
            try {
                in = new GZIPInputStream(compressed, 1 << 16);
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        private static IOException unreadable(IOException e) {
            if (e instanceof StoreReadException) {
                return e;
            }
            return new UnreadableContentException("it is gzip-compressed but cannot be decompressed ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "); the upload is probably truncated or corrupt: upload it again", e);
        }
    }

    private record Parsed(Dataset dataset, long rows, long recordsWithIssues, String encoding, String compression,
            int headerColumns, List<String> notes) {
    }

    private static GZIPOutputStream fastGzip(OutputStream target) throws IOException {
        return new GZIPOutputStream(target, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}
