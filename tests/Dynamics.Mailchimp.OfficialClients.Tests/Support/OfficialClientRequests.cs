namespace Dynamics.Mailchimp.OfficialClients.Tests.Support;

/// <summary>The requests conformance.mjs makes through the official client, as the Mailchimp reference pages name them
/// (https://mailchimp.com/developer/marketing/api/): method and a path pattern under <c>/3.0</c>.</summary>
public static class OfficialClientRequests
{
    private const string List = @"/3\.0/lists/a1b2c3d4e5";

    /// <summary>Gets the requests the official client must have made: method and a path pattern.</summary>
    public static TheoryData<string, string> Expected => new()
    {
        { "GET", @"^/3\.0/ping$" },
        { "GET", @"^/3\.0/lists$" },
        { "GET", $"^{List}$" },
        { "GET", $"^{List}/merge-fields$" },
        { "POST", $"^{List}/merge-fields$" },
        { "POST", $"^{List}/interest-categories$" },
        { "GET", $"^{List}/interest-categories$" },
        { "POST", $"^{List}/interest-categories/[^/]+/interests$" },
        { "GET", $"^{List}/interest-categories/[^/]+/interests$" },
        { "POST", $"^{List}$" },
        { "PUT", $"^{List}/members/[0-9a-f]{{32}}$" },
        { "PATCH", $"^{List}/members/[0-9a-f]{{32}}$" },
        { "GET", $"^{List}/members/[0-9a-f]{{32}}$" },
        { "DELETE", $"^{List}/members/[0-9a-f]{{32}}$" },
        { "POST", $"^{List}/members/[0-9a-f]{{32}}/actions/delete-permanent$" },
        { "POST", $"^{List}/segments$" },
        { "POST", $"^{List}/segments/[0-9]+$" },
        { "GET", $"^{List}/segments$" },
        { "GET", $"^{List}/segments/[0-9]+/members$" },
        { "GET", $"^{List}/members$" },
        { "GET", @"^/3\.0/campaigns$" },
        { "GET", @"^/3\.0/reports/[^/]+/email-activity$" },
        { "GET", @"^/3\.0/reports/[^/]+/unsubscribed$" },
        { "GET", @"^/3\.0/reports/[^/]+/sent-to$" },
    };
}
