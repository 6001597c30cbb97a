package dev.awsmcp.s3;

import java.util.Locale;
import java.util.Map;

/**
 * Guesses a file's Content-Type from its name, like Python's {@code mimetypes.guess_type} (its built-in table; the
 * CLI also reads the system's {@code mime.types}, so a few uncommon extensions may differ). Compression suffixes
 * ({@code .gz}, {@code .bz2}, ...) are encodings to Python, not types: {@code a.tar.gz} is {@code application/x-tar},
 * {@code a.gz} has no type.
 */
final class MimeTypes {
    private static final Map<String, String> ENCODINGS = Map.of(".gz", "gzip", ".z", "compress", ".bz2", "bzip2",
            ".xz", "xz", ".br", "br", ".zst", "zstd");
    private static final Map<String, String> SUFFIXES = Map.of(".svgz", ".svg.gz", ".tgz", ".tar.gz", ".taz", ".tar.gz",
            ".tz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry(".js", "text/javascript"), Map.entry(".mjs", "text/javascript"),
            Map.entry(".json", "application/json"), Map.entry(".webmanifest", "application/manifest+json"),
            Map.entry(".doc", "application/msword"), Map.entry(".bin", "application/octet-stream"),
            Map.entry(".exe", "application/octet-stream"), Map.entry(".pdf", "application/pdf"),
            Map.entry(".ps", "application/postscript"), Map.entry(".rtf", "application/rtf"),
            Map.entry(".wasm", "application/wasm"), Map.entry(".xls", "application/vnd.ms-excel"),
            Map.entry(".ppt", "application/vnd.ms-powerpoint"), Map.entry(".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry(".tar", "application/x-tar"), Map.entry(".zip", "application/zip"),
            Map.entry(".sh", "application/x-sh"), Map.entry(".swf", "application/x-shockwave-flash"),
            Map.entry(".xml", "text/xml"), Map.entry(".xsl", "application/xml"), Map.entry(".rdf", "application/xml"),
            Map.entry(".wsdl", "application/xml"), Map.entry(".xpdl", "application/xml"),
            Map.entry(".py", "text/x-python"), Map.entry(".c", "text/plain"), Map.entry(".h", "text/plain"),
            Map.entry(".txt", "text/plain"), Map.entry(".text", "text/plain"), Map.entry(".log", "text/plain"),
            Map.entry(".bat", "text/plain"), Map.entry(".conf", "text/plain"), Map.entry(".pl", "text/plain"),
            Map.entry(".md", "text/markdown"), Map.entry(".markdown", "text/markdown"),
            Map.entry(".csv", "text/csv"), Map.entry(".tsv", "text/tab-separated-values"),
            Map.entry(".css", "text/css"), Map.entry(".html", "text/html"), Map.entry(".htm", "text/html"),
            Map.entry(".ics", "text/calendar"), Map.entry(".vcf", "text/x-vcard"),
            Map.entry(".png", "image/png"), Map.entry(".jpg", "image/jpeg"), Map.entry(".jpeg", "image/jpeg"),
            Map.entry(".jpe", "image/jpeg"), Map.entry(".gif", "image/gif"), Map.entry(".bmp", "image/bmp"),
            Map.entry(".ico", "image/vnd.microsoft.icon"), Map.entry(".svg", "image/svg+xml"),
            Map.entry(".tif", "image/tiff"), Map.entry(".tiff", "image/tiff"), Map.entry(".webp", "image/webp"),
            Map.entry(".avif", "image/avif"), Map.entry(".heic", "image/heic"),
            Map.entry(".mp3", "audio/mpeg"), Map.entry(".wav", "audio/x-wav"), Map.entry(".ogg", "audio/ogg"),
            Map.entry(".opus", "audio/opus"), Map.entry(".aac", "audio/aac"), Map.entry(".flac", "audio/flac"),
            Map.entry(".mp4", "video/mp4"), Map.entry(".mpeg", "video/mpeg"), Map.entry(".mpg", "video/mpeg"),
            Map.entry(".mov", "video/quicktime"), Map.entry(".webm", "video/webm"), Map.entry(".avi", "video/x-msvideo"),
            Map.entry(".woff", "font/woff"), Map.entry(".woff2", "font/woff2"), Map.entry(".otf", "font/otf"),
            Map.entry(".ttf", "font/ttf"), Map.entry(".eml", "message/rfc822"), Map.entry(".yaml", "application/yaml"),
            Map.entry(".yml", "application/yaml"), Map.entry(".7z", "application/x-7z-compressed"),
            Map.entry(".jar", "application/java-archive"));

    private MimeTypes() {}

    /**
     * @param fileName a file name or path
     * @return the guessed type, or null
     */
    static String guess(String fileName) {
        int slash = fileName.lastIndexOf('/');
        String base = fileName.substring(slash + 1);
        String ext = extension(base);
        while (SUFFIXES.containsKey(ext.toLowerCase(Locale.ROOT))) {
            base = base.substring(0, base.length() - ext.length()) + SUFFIXES.get(ext.toLowerCase(Locale.ROOT));
            ext = extension(base);
        }
        if (ENCODINGS.containsKey(ext)) {
            base = base.substring(0, base.length() - ext.length());
            ext = extension(base);
        }
        if (ext.isEmpty()) {
            return null;
        }
        String type = TYPES.get(ext);
        return type != null ? type : TYPES.get(ext.toLowerCase(Locale.ROOT));
    }

    /** {@code posixpath.splitext}: leading dots of the name do not start an extension. */
    private static String extension(String base) {
        int dot = base.lastIndexOf('.');
        if (dot <= 0) {
            return "";
        }
        int firstNonDot = 0;
        while (firstNonDot < base.length() && base.charAt(firstNonDot) == '.') {
            firstNonDot++;
        }
        return dot > firstNonDot ? base.substring(dot) : "";
    }
}
