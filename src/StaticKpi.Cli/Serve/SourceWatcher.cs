namespace StaticKpi.Cli.Serve;

/// <summary>
/// Watches a site's <c>site.config.yaml</c>, <c>content/</c>, <c>themes/</c> and <c>assets/</c> (the branding's logo,
/// favicon and stylesheet) and reports the changed files,
/// relative to the site folder, once no change has arrived for <c>debounce</c>: saving a file often raises several
/// events, and an editor may save several files at once.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private static readonly string[] WatchedFolders = ["content", "themes", "assets"];
    private const string ConfigFile = "site.config.yaml";

    private readonly string _root;
    private readonly Action<IReadOnlyCollection<string>> _onChanges;
    private readonly TimeSpan _debounce;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FileSystemWatcher> _folderWatchers = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher _rootWatcher;
    private readonly Timer _timer;
    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private bool _disposed;

    public SourceWatcher(string root, TimeSpan debounce, Action<IReadOnlyCollection<string>> onChanges)
    {
        _root = Path.GetFullPath(root);
        _debounce = debounce;
        _onChanges = onChanges;
        _timer = new Timer(_ => Flush());
        _rootWatcher = Watch(_root, recursive: false);
        foreach (var folder in WatchedFolders)
        {
            WatchFolder(folder);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _rootWatcher.Dispose();
            foreach (var watcher in _folderWatchers.Values)
            {
                watcher.Dispose();
            }

            _folderWatchers.Clear();
        }

        _timer.Dispose();
    }

    private FileSystemWatcher Watch(string directory, bool recursive)
    {
        var watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => OnEvent(e.FullPath, moved: false);
        watcher.Created += (_, e) => OnEvent(e.FullPath, moved: true);
        watcher.Deleted += (_, e) => OnEvent(e.FullPath, moved: true);
        watcher.Renamed += (_, e) =>
        {
            OnEvent(e.OldFullPath, moved: true);
            OnEvent(e.FullPath, moved: true);
        };
        // Too many events at once (the buffer overflowed): something changed, so rebuild.
        watcher.Error += (_, _) => OnEvent(Path.Combine(_root, ConfigFile), moved: false);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>Starts watching content/ or themes/ when it exists (it may be created later).</summary>
    private void WatchFolder(string folder)
    {
        var path = Path.Combine(_root, folder);
        lock (_gate)
        {
            if (_disposed || _folderWatchers.ContainsKey(folder) || !Directory.Exists(path))
            {
                return;
            }

            try
            {
                _folderWatchers[folder] = Watch(path, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Deleted again since the check, unreadable, or the system's limit of watchers is reached. This runs on
                // a watcher's event thread, where an exception would end the whole preview; the folder is watched
                // again when the site folder's watcher next sees it created.
            }
        }
    }

    /// <param name="moved">Created, deleted or renamed, rather than written to.</param>
    private void OnEvent(string fullPath, bool moved)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        var top = relative.Split('/')[0];
        if (relative != ConfigFile && !WatchedFolders.Contains(top))
        {
            return;
        }

        if (moved && relative == top)
        {
            // content/ or themes/ itself was created, deleted or renamed: watch whatever is there now.
            lock (_gate)
            {
                if (_folderWatchers.Remove(top, out var old))
                {
                    old.Dispose();
                }
            }

            WatchFolder(top);
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _pending.Add(relative);
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        HashSet<string> changes;
        lock (_gate)
        {
            if (_disposed || _pending.Count == 0)
            {
                return;
            }

            changes = _pending;
            _pending = new HashSet<string>(StringComparer.Ordinal);
        }

        _onChanges(changes);
    }
}
