namespace MineAction.Application.Hazards;

/// <summary>The domain's hazard statuses as stored (text), for the hand-written SQL that filters on them.</summary>
internal static class HazardStatusNames
{
    /// <summary><see cref="HazardousArea.StatusesAcceptingWork"/> as a text[] parameter: <c>status = ANY(@acceptingWork)</c>.</summary>
    public static readonly string[] AcceptingWork = [.. HazardousArea.StatusesAcceptingWork.Select(s => s.ToString())];
}
