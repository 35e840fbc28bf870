using MineAction.Application.Programme;

namespace MineAction.Web.Components.Shared;

/// <summary>The programme's logo as an <c>img</c> source the page carries itself (no second, separately authorised request).</summary>
public static class ProgrammeLogoImage
{
    public static string DataUri(GetProgrammeLogo.Logo logo) => $"data:{logo.ContentType};base64,{Convert.ToBase64String(logo.Image)}";
}
