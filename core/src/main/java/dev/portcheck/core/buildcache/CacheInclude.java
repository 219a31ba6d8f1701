package dev.portcheck.core.buildcache;

/**
 * One {@code <input><global><includes><include>} of the cache configuration: a file or folder
 * relative to each module's base directory.
 *
 * @param path the element's text
 * @param glob the file name glob of the attribute; {@code null} means the global one
 * @param recursive whether subfolders are walked (the extension's default is true)
 * @param includeHidden whether hidden files and folders are walked (1.3.0 and later)
 */
public record CacheInclude(String path, String glob, boolean recursive, boolean includeHidden) {}
