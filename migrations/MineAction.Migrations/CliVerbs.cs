#nullable enable
using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Abstractions;
using MineAction.Application.Common;
using MineAction.Application.Geography;
using MineAction.Application.Security;
using MineAction.Application.Tokens;
using MineAction.Infrastructure.Identity;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Migrations;

/// <summary>One command of the operator's CLI: its name, usage line, one-line summary and what it does (returns the exit code).</summary>
public sealed record CliVerb(string Name, string Usage, string Summary, Func<IServiceProvider, CliArguments, Task<int>> Run);

/// <summary>The verbs of <c>MineAction.Migrations</c>; each answers <c>--help</c>. Exit codes: 0 done, 1 refused, 2 wrong usage.</summary>
public static class CliVerbs
{
    public static readonly IReadOnlyList<CliVerb> All =
    [
        new("migrate", "migrate", "Applies pending database migrations and creates the roles.", async (sp, a) =>
        {
            a.OnlyOptions();
            await Cli.MigrateAsync(sp);
            Console.WriteLine("Database is up to date.");
            return 0;
        }),
        new("seed-demo", "seed-demo [--size N]", "Loads the Tarsenia demo programme and one user per role (does nothing when already loaded).", async (sp, a) =>
        {
            a.OnlyOptions("--size");
            Console.WriteLine(await Cli.SeedDemoAsync(sp, Whole(a, "--size", 2000)));
            return 0;
        }),
        new("seed-scale", "seed-scale [--hazards N] [--seed S]",
            "Loads a national-scale demo into a database without hazardous areas: N hazardous areas (default 200,000) with their survey and "
            + "clearance history (about eleven activities, released-land records and devices each), accidents, assistance, risk education and "
            + "funding, written by binary COPY; the same seed gives the same programme.", async (sp, a) =>
        {
            a.OnlyOptions("--hazards", "--seed");
            var (hazards, seed) = (Whole(a, "--hazards", 200_000), Whole(a, "--seed", 2365));
            Console.WriteLine(await Cli.SeedScaleAsync(sp, hazards, seed));
            return 0;
        }),
        new("create-admin", "create-admin EMAIL PASSWORD [--reset-password]",
            "Creates an administrator; an existing e-mail is left as it is unless --reset-password sets its password (and unlocks it).", CreateAdminAsync),
        new("create-token", "create-token --email EMAIL --name NAME [--expires yyyy-MM-dd]",
            "Prints a new API token of the user (a service account for a headless integration); the creation is audited.", CreateTokenAsync),
        new("setup", "setup boundaries --level N FILE [--code-field F] [--name-field F] [--parent-field F] [--country ISO3] [--source TEXT]",
            "Loads one level of the country's boundaries from a GeoJSON FeatureCollection or a zipped shapefile, all or nothing; field names "
            + "default to the Common Operational Datasets' ADMn_PCODE, ADMn_EN and ADM(n-1)_PCODE.", SetupAsync),
    ];

    /// <summary>The whole number ≥ 0 given as <paramref name="option"/>, else <paramref name="otherwise"/>.</summary>
    private static int Whole(CliArguments a, string option, int otherwise) => a.Option(option) is { } text
        ? int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : throw new CliUsageException($"{option} is a whole number ≥ 0.")
        : otherwise;

    private static async Task<int> CreateAdminAsync(IServiceProvider sp, CliArguments a)
    {
        a.OnlyOptions();
        if (a.Positional.Count != 2)
        {
            throw new CliUsageException("EMAIL and PASSWORD are required.");
        }

        var (email, password) = (a.Positional[0], a.Positional[1]);
        var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
        var weak = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new ApplicationUser { UserName = email, Email = email }, password);
            weak.AddRange(result.Errors.Select(e => e.Description));
        }

        if (weak.Count > 0)
        {
            throw new CliUsageException($"the password is too weak: {string.Join(" ", weak)}");
        }

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            if (!a.Flag("--reset-password"))
            {
                Console.WriteLine($"{email} already exists; nothing changed (add --reset-password to set a new password).");
                return 0;
            }

            IdentitySetup.Check(await users.RemovePasswordAsync(existing), $"remove the password of {email}");
            IdentitySetup.Check(await users.AddPasswordAsync(existing, password), $"set the password of {email}");
            IdentitySetup.Check(await users.SetLockoutEndDateAsync(existing, null), $"unlock {email}");
            if (!await users.IsInRoleAsync(existing, Roles.Administrator))
            {
                IdentitySetup.Check(await users.AddToRoleAsync(existing, Roles.Administrator), $"make {email} an administrator");
            }

            Console.WriteLine($"Password of administrator {email} reset.");
            return 0;
        }

        await IdentitySetup.CreateUserAsync(users, email, email, password, null, Roles.Administrator);
        Console.WriteLine($"Administrator {email} created.");
        return 0;
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider sp, CliArguments a)
    {
        a.OnlyOptions("--email", "--name", "--expires");
        var (email, name) = (a.Required("--email"), a.Required("--name"));
        if (name.Length > Domain.Security.ApiToken.MaxNameLength || InputSanity.TextProblem(name) is not null)
        {
            throw new CliUsageException($"--name is plain text of at most {Domain.Security.ApiToken.MaxNameLength} characters.");
        }

        DateTimeOffset? expires = null;
        if (a.Option("--expires") is { } text)
        {
            expires = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && day > DateOnly.FromDateTime(DateTime.UtcNow)
                ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : throw new CliUsageException("--expires is a future date written yyyy-MM-dd.");
        }

        var db = sp.GetRequiredService<MineActionDbContext>();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
        if (user is null)
        {
            Console.Error.WriteLine($"create-token: no user has the e-mail {email}; create the user first (the Users page, or create-admin).");
            return 1;
        }

        var (_, secret) = CreateApiToken.Issue(db, user.Id, name, expires, "system (create-token)", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        Console.Error.WriteLine($"Token '{name}' of {email} created{(expires is null ? "" : $", valid until {expires:yyyy-MM-dd}")}; it is shown once:");
        Console.WriteLine(secret);
        return 0;
    }

    private static async Task<int> SetupAsync(IServiceProvider sp, CliArguments a)
    {
        a.OnlyOptions("--level", "--code-field", "--name-field", "--parent-field", "--country", "--source");
        if (a.Positional is not ["boundaries", var file])
        {
            throw new CliUsageException("setup boundaries needs exactly one FILE.");
        }

        if (!int.TryParse(a.Required("--level"), CultureInfo.InvariantCulture, out var level))
        {
            throw new CliUsageException("--level is 1, 2 or 3.");
        }

        if (!File.Exists(file))
        {
            throw new CliUsageException($"{file} does not exist.");
        }

        IReadOnlyList<BoundaryFeature> features;
        await using (var stream = File.OpenRead(file))
        {
            features = await BoundaryFile.ReadAsync(stream, CancellationToken.None);
        }

        var command = new LoadBoundaries.Command(level, features, a.Option("--code-field"), a.Option("--name-field"), a.Option("--parent-field"),
            a.Option("--country"), a.Option("--source") ?? Path.GetFileName(file));
        await new LoadBoundaries.Validator().ValidateAndThrowAsync(command);
        var result = await new LoadBoundaries.Handler(sp.GetRequiredService<IMineActionDb>(), sp.GetRequiredService<ICurrentUser>(), TimeProvider.System)
            .Handle(command, CancellationToken.None);
        Console.WriteLine($"Level {result.Level}: {result.Features} areas in the file — {result.Added} added, {result.Updated} updated, "
            + $"{result.Reinstated} brought back, {result.Unchanged} unchanged, {result.Archived} archived (no longer in this edition).");
        var mismatches = await AreaMismatches.FindAsync(sp.GetRequiredService<IMineActionDb>(), new ProgrammeOptions().LocationToleranceMetres, CancellationToken.None);
        if (mismatches.Count > 0)
        {
            Console.WriteLine($"{mismatches.Count} record(s) no longer lie in the area they state; nothing was moved: see GET /api/v1/admin-areas/mismatches.");
        }

        return 0;
    }
}
