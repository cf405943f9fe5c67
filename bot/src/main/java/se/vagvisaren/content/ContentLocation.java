package se.vagvisaren.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where the content comes from: a directory a content owner edits, or the set embedded in the jar. */
public final class ContentLocation {
  private ContentLocation() {}

  /**
   * {@code dir} if given; else the working directory when it holds {@code intents/} (a checkout,
   * so edits are seen live); else the embedded default content.
   */
  public static Path resolve(String dir) {
    if (dir != null) {
      Path p = Path.of(dir).toAbsolutePath().normalize();
      if (!Files.isDirectory(p)) {
        throw new IllegalArgumentException("mappen finns inte: " + p);
      }
      return p;
    }
    Path cwd = Path.of("").toAbsolutePath();
    if (Files.isDirectory(cwd.resolve("intents")) && Files.isDirectory(cwd.resolve("knowledge"))) {
      return cwd;
    }
    return embedded();
  }

  /** The default content set inside the jar (or the classes directory in a build). */
  public static Path embedded() {
    URL url = ContentLocation.class.getResource("/content/intents");
    if (url == null) throw new IllegalStateException("no embedded content in the jar");
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath("/content");
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean isEmbedded(Path p) {
    return !"file".equals(p.getFileSystem().provider().getScheme());
  }
}
