package dev.awsmcp.s3;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** {@code utils.human_readable_size}: base-2 sizes such as {@code 1 Byte}, {@code 10 Bytes}, {@code 1.0 KiB}. */
final class HumanSize {
    private static final String[] SUFFIXES = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private HumanSize() {}

    static String format(long value) {
        double bytes = value;
        if (value == 1) {
            return "1 Byte";
        }
        if (value < 1024) {
            return value + " Bytes";
        }
        for (int i = 0; i < SUFFIXES.length; i++) {
            double unit = Math.pow(1024, i + 2);
            // Python's round() rounds half to even, as Math.rint does.
            if (Math.rint(bytes / unit * 1024) < 1024) {
                // '%.1f' rounds the exact binary value half to even
                return new BigDecimal(1024 * bytes / unit).setScale(1, RoundingMode.HALF_EVEN).toPlainString()
                        + " " + SUFFIXES[i];
            }
        }
        return null;
    }
}
