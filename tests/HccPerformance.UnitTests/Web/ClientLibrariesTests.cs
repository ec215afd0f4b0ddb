using System.Text.Json;

namespace HccPerformance.UnitTests.Web;

/// <summary>The client libraries are committed (no CDN reachable, no LibMan CLI); libman.json must say truly what is there.</summary>
public sealed class ClientLibrariesTests
{
    public static TheoryData<string, string, string> Files()
    {
        var data = new TheoryData<string, string, string>();
        using var libman = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "libman.json")));
        foreach (var library in libman.RootElement.GetProperty("libraries").EnumerateArray())
        {
            var id = library.GetProperty("library").GetString()!;
            foreach (var file in library.GetProperty("files").EnumerateArray())
            {
                data.Add(id, library.GetProperty("destination").GetString()!, file.GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_libman_json_names_is_committed_at_the_version_it_names(string library, string destination, string file)
    {
        var path = Path.Combine(RepositoryFiles.Root, destination, file);
        Assert.True(File.Exists(path), $"{library}: {destination}{file} is named in libman.json but not committed");

        var version = library[(library.LastIndexOf('@') + 1)..];
        if (path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal))
        {
            var header = new string(File.ReadAllText(path).Take(400).ToArray());
            Assert.Contains($"v{version}", header, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_committed_library_file_is_recorded_in_libman_json()
    {
        var root = RepositoryFiles.Root;
        var recorded = Files().Select(row => Path.GetFullPath(Path.Combine(root, (string)row[1], (string)row[2]))).ToHashSet();
        var committed = Directory.EnumerateFiles(Path.Combine(root, "src/HccPerformance.Web/wwwroot/lib"), "*", SearchOption.AllDirectories).Select(Path.GetFullPath);

        var unrecorded = committed.Where(f => !recorded.Contains(f)).ToList();
        Assert.True(unrecorded.Count == 0, "Committed but not in libman.json: " + string.Join(", ", unrecorded));
    }
}
