using MineAction.Application.Review;
using MineAction.Domain.LandRelease;
using MineAction.Web.Components.Shared;

namespace MineAction.Web.Components.Pages.Review;

/// <summary>How the inbox names a submission and where its record opens.</summary>
public static class SubmissionText
{
    public static string KindLabel(SubmissionKind kind) => kind switch
    {
        SubmissionKind.Product => "Released land",
        SubmissionKind.EoreSession => "Risk education session",
        SubmissionKind.LotMovement => "Stockpile movement",
        _ => Labels.Of(kind),
    };

    public static string Describe(Submission s) => s.Kind switch
    {
        SubmissionKind.HazardousArea => $"{s.HazardCode} · {s.Type} · {s.Name} · {Labels.Area(s.Quantity)}",
        SubmissionKind.Activity => $"{Labels.Of(Enum.Parse<ActivityType>(s.Type))} on {s.HazardCode}"
            + (s.Quantity > 0 ? $", with {s.Quantity:N0} result{(s.Quantity == 1 ? "" : "s")} reported" : ""),
        SubmissionKind.Product => $"{Labels.OfName(s.Type)} {Labels.Area(s.Quantity)} on {s.HazardCode}",
        SubmissionKind.Device => $"{s.Quantity:N0} × {Labels.OfName(s.Type)}{(s.Name is null ? "" : $" ({s.Name})")} on {s.HazardCode}",
        SubmissionKind.EoreSession => $"{Labels.OfName(s.Type)}: {s.Quantity:N0} people",
        _ => $"{Labels.OfName(s.Type)} of {s.Quantity:N0} · lot {s.Name}",
    };

    /// <summary>The page where the record (or, for released land and devices, their activity) is read in full.</summary>
    public static string Link(Submission s) => s.Kind switch
    {
        SubmissionKind.HazardousArea => $"/hazardous-areas/{s.Id}",
        SubmissionKind.Activity => $"/activities/{s.Id}",
        SubmissionKind.Product or SubmissionKind.Device => $"/activities/{s.ParentId}",
        SubmissionKind.EoreSession => "/people/risk-education",
        _ => "/stockpiles",
    };
}
