namespace MineAction.Web.Security;

public static class MineActionClaims
{
    public const string OrganisationId = "organisation_id";
    public const string DisplayName = "display_name";
    public const string TokenId = "api_token_id";
}
