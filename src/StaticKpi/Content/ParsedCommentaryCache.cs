using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticKpi.Files;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>
/// Commentary files as loaded by earlier builds, kept in one file between builds so that a build parses and renders
/// only the Markdown that changed (most of the time of loading a site). An entry is found by a hash of the file's
/// path and bytes and holds everything loading it gave (<see cref="LoadedFile{T}"/>: the commentary or null, and its
/// diagnostics), so a hit is exactly what parsing the file again would give. The file is safe to delete: one that
/// is missing, written for another key or format, cut short or damaged is ignored whole and the load parses
/// everything. Open one per load: <see cref="Save"/> keeps only the entries that load used.
/// </summary>
public sealed class ParsedCommentaryCache
{
    /// <summary>Raised whenever the records in <see cref="CachedCommentaryFiles"/> change.</summary>
    internal const int Format = 1;

    // HTML is written as it is rather than with '<' as \u003C: the file is never embedded in a page, and is smaller so.
    private static readonly CachedCommentaryJson Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private readonly string _path;
    private readonly string _key;

    /// <summary>
    /// The entries read from the file; only read during a load, so safe from many threads. Read on a thread of its own
    /// from <see cref="Open"/> on, so that reading and checking the file (megabytes of JSON) overlaps listing and parsing
    /// the site's other files; the first lookup waits for it. Not a thread-pool task: every pool thread may be waiting.
    /// </summary>
    private Task<Dictionary<UInt128, CachedCommentaryFile>> _stored = Task.FromResult(new Dictionary<UInt128, CachedCommentaryFile>());

    /// <summary>The entries this load found or added: what <see cref="Save"/> writes.</summary>
    private readonly ConcurrentDictionary<UInt128, CachedCommentaryFile> _used = new();

    private int _added;
    private int _hits;
    private int _misses;

    private ParsedCommentaryCache(string path, string key)
    {
        _path = path;
        _key = key;
    }

    /// <summary>How many files this load took from the cache.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>How many files this load parsed and added.</summary>
    public int Misses => Volatile.Read(ref _misses);

    /// <summary>
    /// Reads the cache file at <paramref name="path"/>; starts empty when there is none or it cannot be used (never throws
    /// for what the file holds).
    /// </summary>
    /// <param name="key">
    /// What else the parsed commentary depends on besides the file (the tool's version and the site's configuration): a
    /// file written with another key is ignored whole.
    /// </param>
    public static ParsedCommentaryCache Open(string path, string key)
    {
        var cache = new ParsedCommentaryCache(path, key);
        cache._stored = Task.Factory.StartNew(() => Read(path, key), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return cache;
    }

    /// <summary>The file as loaded before, if it was loaded with exactly these bytes at this path.</summary>
    public bool TryGet(string relativePath, ReadOnlySpan<byte> bytes, [MaybeNullWhen(false)] out LoadedFile<Commentary> loaded)
    {
        var hash = Hash(relativePath, bytes);
        if (Stored.TryGetValue(hash, out var entry) && entry.File == relativePath && entry.Length == bytes.Length &&
            TryLoad(entry, out loaded))
        {
            _used[hash] = entry;
            Interlocked.Increment(ref _hits);
            return true;
        }

        loaded = null;
        return false;
    }

    /// <summary>Keeps a file as loaded from these bytes (<paramref name="loaded"/> must be for <paramref name="relativePath"/>).</summary>
    public void Add(string relativePath, ReadOnlySpan<byte> bytes, LoadedFile<Commentary> loaded)
    {
        if (loaded.File != relativePath)
        {
            throw new ArgumentException($"The file was loaded from '{loaded.File}', not '{relativePath}'.", nameof(loaded));
        }

        var hash = Hash(relativePath, bytes);
        _used[hash] = CachedCommentaryFile.From(hash.ToString("x32", CultureInfo.InvariantCulture), bytes.Length, loaded);
        Interlocked.Exchange(ref _added, 1);
        Interlocked.Increment(ref _misses);
    }

    /// <summary>
    /// Writes the entries this load used (so the file never keeps those of files since changed or deleted), unless they
    /// are exactly those read. The file is written beside its final name and renamed over it, so a reader, or another
    /// build saving at the same time, sees a whole file, old or new (the last rename wins). A cache that cannot be
    /// written is left as it was: the next build parses what it must.
    /// </summary>
    public void Save()
    {
        if (Volatile.Read(ref _added) == 0 && _used.Count == Stored.Count)
        {
            return;
        }

        var entries = _used.OrderBy(e => e.Key).Select(e => e.Value).ToList();
        try
        {
            var file = new CachedCommentaryFiles(Format, _key, entries);
            ChecksummedFile.Write(_path, body => JsonSerializer.Serialize(body, file, Json.CachedCommentaryFiles));
            _stored = Task.FromResult(new Dictionary<UInt128, CachedCommentaryFile>(_used));
            Interlocked.Exchange(ref _added, 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The old file stays as it was: the next build parses what it must.
        }
    }

    private Dictionary<UInt128, CachedCommentaryFile> Stored => _stored.GetAwaiter().GetResult();

    private static Dictionary<UInt128, CachedCommentaryFile> Read(string path, string key)
    {
        if (ChecksummedFile.ReadBody(path) is not { } json)
        {
            return []; // none yet, unreadable or damaged: start empty
        }

        CachedCommentaryFiles? file;
        try
        {
            file = JsonSerializer.Deserialize(json.Span, Json.CachedCommentaryFiles);
        }
        catch (JsonException)
        {
            return [];
        }

        if (file is null || file.Format != Format || file.Key != key)
        {
            return [];
        }

        var entries = new Dictionary<UInt128, CachedCommentaryFile>(file.Entries.Count);
        foreach (var entry in file.Entries)
        {
            if (UInt128.TryParse(entry.Hash, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash))
            {
                entries[hash] = entry;
            }
        }

        return entries;
    }

    private static bool TryLoad(CachedCommentaryFile entry, [MaybeNullWhen(false)] out LoadedFile<Commentary> loaded)
    {
        try
        {
            loaded = entry.ToLoaded();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            loaded = null; // a period no file could name: parse the file again
            return false;
        }
    }

    /// <summary>The path (its length first, so no path and bytes run into another's) and then the bytes.</summary>
    private static UInt128 Hash(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var hash = new XxHash128();
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(length, relativePath.Length);
        hash.Append(length);
        hash.Append(MemoryMarshal.AsBytes(relativePath.AsSpan()));
        hash.Append(bytes);
        return hash.GetCurrentHashAsUInt128();
    }
}
