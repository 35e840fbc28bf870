using System.Globalization;
using System.Text;
using MineAction.Application.DataImport;
using MineAction.Domain.DataImport;

namespace MineAction.Api.Tests.DataImport;

/// <summary>Uploads files through the API and waits for the background check, as a client would.</summary>
internal static class ImportApi
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string recordType, byte[] content, string fileName = "file.csv",
        string? sheet = null) =>
        await client.PostAsync($"/api/v1/imports?recordType={recordType}&fileName={Uri.EscapeDataString(fileName)}"
            + (sheet is null ? string.Empty : $"&sheet={Uri.EscapeDataString(sheet)}"), new ByteArrayContent(content));

    /// <summary>Uploads and waits until the check ends; returns the import as it then is.</summary>
    public static async Task<ImportJobDto> CheckedAsync(HttpClient client, string recordType, byte[] content, string fileName = "file.csv",
        string? sheet = null)
    {
        var uploaded = await UploadAsync(client, recordType, content, fileName, sheet);
        Assert.Equal(HttpStatusCode.Accepted, uploaded.StatusCode);
        return await WaitAsync(client, (await uploaded.ReadAsync<ImportJobDto>()).Id);
    }

    public static async Task<ImportJobDto> WaitAsync(HttpClient client, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var job = await client.GetAsync<ImportJobDto>($"/api/v1/imports/{id}");
            if (job.State is not (ImportState.Queued or ImportState.Validating) || DateTime.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(100);
        }
    }

    public static async Task<List<ImportProblemDto>> ProblemsAsync(HttpClient client, Guid id) =>
        [.. (await client.GetAsync<PagedResult<ImportProblemDto>>($"/api/v1/imports/{id}/problems?pageSize=200")).Items];

    public static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Checks a file that must be valid and commits it; returns the committed import.</summary>
    public static Task<ImportJobDto> ImportedAsync(HttpClient client, string recordType, string csv) =>
        ImportedAsync(client, recordType, Csv(csv), $"{recordType}.csv");

    public static async Task<ImportJobDto> ImportedAsync(HttpClient client, string recordType, byte[] content, string fileName, string? sheet = null)
    {
        var job = await CheckedAsync(client, recordType, content, fileName, sheet);
        Assert.True(job.State == ImportState.Valid,
            $"{recordType}: {job.State} {job.Failure}: {string.Join("; ", (await ProblemsAsync(client, job.Id)).Select(p => $"row {p.Row} {p.Column} {p.Rule} {p.Message}"))}");
        var committed = await client.PostAsync($"/api/v1/imports/{job.Id}/commit", null).ReadAsync<ImportJobDto>();
        Assert.Equal(ImportState.Committed, committed.State);
        return committed;
    }

    /// <summary>
    /// A hazard (a 0.01° square at a fresh cell, of HALO) and a clearance activity on it (20 cm, in progress since 2024-01-20) imported by
    /// <paramref name="im"/> (the activity by <paramref name="client"/> when given); the cell and the activity's external id.
    /// </summary>
    public static async Task<(double Lon, double Lat, string Activity)> ClearanceAsync(HttpClient im, string prefix, HttpClient? client = null)
    {
        var (a, b) = Ledger.NextCell();
        await ImportedAsync(im, "HazardousAreas", $"{LandReleaseImportTests.Hazards}\n"
            + string.Create(CultureInfo.InvariantCulture, $"{prefix}-H,Terraces,SHA,,\"{Square(a, b)}\",HALO,Indirect,2023-05-01\n"));
        await ImportedAsync(client ?? im, "Activities", $"{LandReleaseImportTests.Activities}\n{prefix}-A,{prefix}-H,HALO,Clearance,Manual,20,,,InProgress,2024-01-20,\n");
        return (a, b, $"{prefix}-A");
    }

    /// <summary>A square of <paramref name="size"/>° at (lon, lat) as WKT, counter-clockwise.</summary>
    public static string Square(double lon, double lat, double size = 0.01) => Rectangle(lon, lat, lon + size, lat + size);

    public static string Rectangle(double lon0, double lat0, double lon1, double lat1) => string.Create(CultureInfo.InvariantCulture,
        $"POLYGON(({lon0} {lat0}, {lon1} {lat0}, {lon1} {lat1}, {lon0} {lat1}, {lon0} {lat0}))");
}
