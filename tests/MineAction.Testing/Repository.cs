namespace MineAction.Testing;

/// <summary>The checkout the tests run from (the folder holding MineAction.sln), for tools it installs and artefacts tests leave.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A screenshot or other artefact a test leaves for people to look at: .data/test-artefacts/<paramref name="name"/> (not in git).</summary>
    public static string Artefact(string name)
    {
        var folder = Path.Combine(Root, ".data", "test-artefacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    private static string FindRoot()
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "MineAction.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        return root ?? ".";
    }
}
