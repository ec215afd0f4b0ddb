namespace HccPerformance.UnitTests;

/// <summary>Files of the repository itself (the reference document, libman.json, seed data), found from the test's folder.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HccPerformance.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("The repository root (HccPerformance.sln) was not found.");
        }
    }

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
