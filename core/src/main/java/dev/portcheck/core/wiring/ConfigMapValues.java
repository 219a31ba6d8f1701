package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal {@code data} entries of a ConfigMap, which may hold client addresses, and a Secret's
 * {@code stringData}; also a Dapr component's metadata ({@link DaprComponents}), named {@code ""}.
 *
 * @param decoded the Secret's {@code data} entries decoded from base64, each located at its encoded
 *     value as a whole: the decoded text has no place of its own in the file
 * @param files the files a kustomize {@code configMapGenerator} makes the ConfigMap of ({@code
 *     files:} and {@code envs:}), as module-relative paths: each is one key holding the file
 * @param fromFiles the settings of those files, as the model read them (an application config's
 *     addresses, an env file's variables): clients of whatever mounts the ConfigMap; empty in one
 *     file's facts, filled when the model puts the files together
 */
public record ConfigMapValues(
    String name,
    String namespace,
    List<Setting> data,
    List<Setting> decoded,
    List<String> files,
    List<Setting> fromFiles) {

  public ConfigMapValues {
    data = List.copyOf(data);
    decoded = List.copyOf(decoded);
    files = List.copyOf(files);
    fromFiles = List.copyOf(fromFiles);
  }

  public ConfigMapValues(String name, String namespace, List<Setting> data, List<Setting> decoded) {
    this(name, namespace, data, decoded, List.of(), List.of());
  }

  public ConfigMapValues(String name, String namespace, List<Setting> data) {
    this(name, namespace, data, List.of());
  }

  /**
   * Replaces each ConfigMap made of files by one holding their settings ({@link #fromFiles}): of
   * the {@code settings} (an application config's, an env file's), those written in its files.
   */
  @SafeVarargs
  static void readFiles(List<ConfigMapValues> configMaps, List<Setting>... settings) {
    if (configMaps.stream().allMatch(m -> m.files().isEmpty())) {
      return;
    }
    java.util.Map<String, List<Setting>> byFile = new java.util.HashMap<>();
    for (List<Setting> list : settings) {
      for (Setting s : list) {
        byFile.computeIfAbsent(s.loc().file(), f -> new ArrayList<>()).add(s);
      }
    }
    configMaps.replaceAll(
        m -> {
          if (m.files().isEmpty()) {
            return m;
          }
          List<Setting> read = new ArrayList<>();
          for (String f : m.files()) {
            for (Setting s : byFile.getOrDefault(f, List.of())) {
              // A placeholder's default gives way to the pod's variable of that name: not judged.
              if (!s.value().contains("${")) {
                read.add(s);
              }
            }
          }
          return new ConfigMapValues(
              m.name(), m.namespace(), m.data(), m.decoded(), m.files(), read);
        });
  }

  /** Every entry, as written, decoded or read from a file it is made of. */
  public List<Setting> all() {
    if (decoded.isEmpty() && fromFiles.isEmpty()) {
      return data;
    }
    List<Setting> all = new ArrayList<>(data);
    all.addAll(decoded);
    all.addAll(fromFiles);
    return all;
  }
}
