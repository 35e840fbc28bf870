#nullable enable
namespace MineAction.Migrations;

/// <summary>A verb's arguments: positional values, <c>--name value</c> options and <c>--flag</c> switches.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CliArguments()
    {
    }

    public List<string> Positional { get; } = [];

    public bool WantsHelp => _flags.Contains("--help") || _flags.Contains("-h");

    /// <summary>Splits <paramref name="args"/>; <paramref name="flags"/> are the switches that take no value.</summary>
    public static CliArguments Parse(IEnumerable<string> args, params string[] flags)
    {
        var parsed = new CliArguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg is "--help" or "-h" || flags.Contains(arg))
            {
                parsed._flags.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed._options[arg] = e.MoveNext() ? e.Current : throw new CliUsageException($"{arg} needs a value.");
            }
            else
            {
                parsed.Positional.Add(arg);
            }
        }

        return parsed;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string Required(string name) => Option(name) ?? throw new CliUsageException($"{name} is required.");

    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>Options the verb does not know are a usage error, not silently ignored.</summary>
    public void OnlyOptions(params string[] known)
    {
        if (_options.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            throw new CliUsageException($"unknown option {unknown}.");
        }
    }
}

/// <summary>The command line was wrong: the verb prints its usage and exits with 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
