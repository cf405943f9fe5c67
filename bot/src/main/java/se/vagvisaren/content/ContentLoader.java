package se.vagvisaren.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import se.vagvisaren.knowledge.Knowledge;

/**
 * Reads a content directory ({@code intents/}, {@code knowledge/}) into one {@link ContentSet},
 * checking everything on the way and reporting every problem at once.
 *
 * <p>Layout and format: docs/content-format.md. The content set is returned only when there is
 * no error; warnings never stop it.
 */
public final class ContentLoader {
  /** What a load gives: the content (null when there were errors) and every problem found. */
  public record Result(ContentSet content, List<Problem> problems) {
    public boolean ok() {
      return content != null;
    }

    public List<Problem> errors() {
      return problems.stream().filter(Problem::isError).toList();
    }
  }

  private final LocalDate today;

  public ContentLoader(LocalDate today) {
    this.today = today;
  }

  /** Loads {@code root}; {@code overlays} are later layers whose files replace or add to the base. */
  public Result load(Path root, Path... overlays) {
    Problems problems = new Problems();
    Taxonomy taxonomy = TaxonomyReader.read();
    SourceFiles files = new SourceFiles(root, overlays, problems);

    IntentReader intents = new IntentReader(problems, taxonomy);
    for (SourceFiles.File f : files.list("intents", ".yaml")) {
      if (f.name().equals("intents/personas.yaml")) continue;
      intents.read(f.name(), f.text());
    }
    Map<String, List<String>> personas = new LinkedHashMap<>();
    SourceFiles.File personaFile = files.one("intents/personas.yaml");
    if (personaFile == null) {
      problems.error("intents/personas.yaml", 1, 1, "filen saknas: den behövs för att känna igen vem som skriver");
    } else {
      personas = PersonaReader.read(personaFile.name(), personaFile.text(), problems, taxonomy);
    }
    AcuteReader acute = new AcuteReader(problems, taxonomy);
    List<String> nonAcute = List.of();
    for (SourceFiles.File f : files.list("intents/akut", ".yaml")) {
      if (f.name().equals(NonAcuteReader.FILE)) {
        nonAcute = NonAcuteReader.read(f.name(), f.text(), problems);
      } else {
        acute.read(f.name(), f.text());
      }
    }
    KnowledgeReader knowledgeReader = new KnowledgeReader(problems, today);
    // contacts are merged layer by layer: a local layer replaces or adds contacts by id
    List<SourceFiles.File> contactLayers = files.layers("knowledge/contacts.yaml");
    if (contactLayers.isEmpty()) {
      problems.error("knowledge/contacts.yaml", 1, 1, "filen saknas: utan den kan guiden inte visa några nummer");
    }
    for (SourceFiles.File contacts : contactLayers) {
      knowledgeReader.readContacts(contacts.name(), contacts.text());
    }
    SourceFiles.File districts = files.one("knowledge/districts.yaml");
    if (districts != null) {
      knowledgeReader.readDistricts(districts.name(), districts.text());
    }
    for (SourceFiles.File f : files.list("knowledge/articles", ".md")) {
      knowledgeReader.readArticle(f.name(), f.text());
    }
    List<ConversationTest> tests = new ArrayList<>();
    for (SourceFiles.File f : files.list("intents/tests", ".yaml")) {
      tests.addAll(TestReader.read(f.name(), f.text(), problems));
    }

    Knowledge knowledge = knowledgeReader.knowledge();
    new CrossChecks(problems, taxonomy, today)
        .check(intents.intents(), intents.places(), acute.categories(), acute.places(), knowledge, tests);

    ContentSet set = problems.hasErrors()
        ? null
        : new ContentSet(files.describe(), taxonomy, intents.intents(), personas, acute.categories(), nonAcute, knowledge, tests);
    return new Result(set, problems.sorted());
  }

  /** The content files of a root and its overlays; an overlay file replaces the base file of the same name. */
  static final class SourceFiles {
    record File(String name, String text) {}

    private final List<Path> roots = new ArrayList<>();
    private final Problems problems;

    SourceFiles(Path root, Path[] overlays, Problems problems) {
      this.problems = problems;
      roots.add(root);
      roots.addAll(List.of(overlays));
    }

    String describe() {
      return roots.stream().map(Path::toString).reduce((a, b) -> a + " + " + b).orElse("");
    }

    List<File> list(String dir, String suffix) {
      Map<String, Path> byName = new java.util.TreeMap<>();
      for (Path root : roots) {
        Path d = root.resolve(dir);
        if (!Files.isDirectory(d)) continue;
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
              .forEach(p -> byName.put(dir + "/" + p.getFileName(), p));
        } catch (IOException e) {
          problems.error(dir, 1, 1, "mappen kan inte läsas: " + e.getMessage());
        }
      }
      List<File> out = new ArrayList<>();
      byName.forEach((name, path) -> {
        String text = read(name, path);
        if (text != null) out.add(new File(name, text));
      });
      return out;
    }

    /** The file of this name in every layer that has it, base first (names carry the layer for messages). */
    List<File> layers(String name) {
      List<File> out = new ArrayList<>();
      for (int i = 0; i < roots.size(); i++) {
        Path p = roots.get(i).resolve(name);
        if (!Files.isRegularFile(p)) continue;
        String shown = i == 0 ? name : roots.get(i).getFileName() + "/" + name;
        String text = read(shown, p);
        if (text != null) out.add(new File(shown, text));
      }
      return out;
    }

    File one(String name) {
      Path found = null;
      for (Path root : roots) {
        Path p = root.resolve(name);
        if (Files.isRegularFile(p)) found = p;
      }
      if (found == null) return null;
      String text = read(name, found);
      return text == null ? null : new File(name, text);
    }

    private String read(String name, Path path) {
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readAllBytes();
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException e) {
        problems.error(name, 1, 1, "filen är inte sparad som UTF-8. Spara den som UTF-8 och försök igen");
      } catch (IOException e) {
        problems.error(name, 1, 1, "filen kan inte läsas: " + e.getMessage());
      }
      return null;
    }
  }

  /** Reads a list of ids from a YAML node, reporting unknown ones. */
  static boolean isId(String s) {
    return s.matches("[a-z0-9][a-z0-9-]*");
  }

  static String keyText(NodeTuple t) {
    return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
  }
}
