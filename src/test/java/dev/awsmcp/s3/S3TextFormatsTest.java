package dev.awsmcp.s3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Size strings, shell patterns and content types as the CLI's Python computes them. */
class S3TextFormatsTest {
    @Test
    void formatsSizesLikeHumanReadableSize() {
        assertThat(HumanSize.format(0)).isEqualTo("0 Bytes");
        assertThat(HumanSize.format(1)).isEqualTo("1 Byte");
        assertThat(HumanSize.format(1023)).isEqualTo("1023 Bytes");
        assertThat(HumanSize.format(1024)).isEqualTo("1.0 KiB");
        assertThat(HumanSize.format(1280)).isEqualTo("1.2 KiB");
        assertThat(HumanSize.format(1048575)).isEqualTo("1.0 MiB");
        assertThat(HumanSize.format(5L * 1024 * 1024 * 1024 * 10_000)).isEqualTo("48.8 TiB");
    }

    @Test
    void starMatchesAcrossSlashesLikeFnmatch() {
        assertThat(Fnmatch.matches("/root/a/b/c.txt", "/root/*.txt")).isTrue();
        assertThat(Fnmatch.matches("/root/a.txt.bak", "/root/*.txt")).isFalse();
        assertThat(Fnmatch.matches("b/x1.log", "b/x?.log")).isTrue();
        assertThat(Fnmatch.matches("b/x12.log", "b/x?.log")).isFalse();
    }

    @Test
    void supportsCharacterSetsAndTheirNegation() {
        assertThat(Fnmatch.matches("b/a.txt", "b/[a-c].txt")).isTrue();
        assertThat(Fnmatch.matches("b/d.txt", "b/[a-c].txt")).isFalse();
        assertThat(Fnmatch.matches("b/d.txt", "b/[!a-c].txt")).isTrue();
        assertThat(Fnmatch.matches("b/[x.txt", "b/[x.txt")).isTrue();
    }

    @Test
    void treatsRegexCharactersLiterally() {
        assertThat(Fnmatch.matches("b/a+b(1).txt", "b/a+b(1).*")).isTrue();
        assertThat(Fnmatch.matches("b/aab(1).txt", "b/a+b(1).*")).isFalse();
        assertThat(Fnmatch.matches("b/x$^.txt", "b/x$^.txt")).isTrue();
    }

    @Test
    void guessesContentTypesLikeMimetypes() {
        assertThat(MimeTypes.guess("/w/index.html")).isEqualTo("text/html");
        assertThat(MimeTypes.guess("/w/PHOTO.JPG")).isEqualTo("image/jpeg");
        assertThat(MimeTypes.guess("/w/a.tar.gz")).isEqualTo("application/x-tar");
        assertThat(MimeTypes.guess("/w/a.gz")).isNull();
        assertThat(MimeTypes.guess("/w/.bashrc")).isNull();
        assertThat(MimeTypes.guess("/w/noext")).isNull();
        assertThat(MimeTypes.guess("/w/data.json")).isEqualTo("application/json");
    }
}
