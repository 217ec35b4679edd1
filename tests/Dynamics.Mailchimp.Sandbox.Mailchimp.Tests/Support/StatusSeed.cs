using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

/// <summary>One member of each status Mailchimp has, added through the API and the controls, for status-default tests.</summary>
internal static class StatusSeed
{
    /// <summary>The addresses, in the order they are added: subscribed, pending, unsubscribed, cleaned, transactional, archived.</summary>
    public static readonly string[] Emails =
    [
        "sub@brightfield-labs.com", "pend@brightfield-labs.com", "unsub@brightfield-labs.com",
        "clean@brightfield-labs.com", "trans@brightfield-labs.com", "arch@brightfield-labs.com",
    ];

    /// <summary>Adds the six members; the cleaned one through a hard bounce, the archived one through DELETE.</summary>
    public static async Task AddAsync(TestSandbox sut)
    {
        string[] statuses = ["subscribed", "pending", "unsubscribed", "subscribed", "transactional", "subscribed"];
        foreach (var (email, status) in Emails.Zip(statuses))
        {
            await sut.AddMemberAsync(email, status);
        }

        await sut.SendAsync(HttpMethod.Post, "members/bounce", new { list_id = TestSandbox.ListId, email = Emails[3], type = "hard" }, sut.Controls);
        await sut.SendAsync(HttpMethod.Delete, $"lists/{TestSandbox.ListId}/members/{Emails[5]}");
    }

    /// <summary>The <c>email_address</c> of each item of a page's <c>members</c>.</summary>
    public static string[] EmailsOf(JsonNode? page) =>
        [.. page!["members"]!.AsArray().Select(member => member!["email_address"]!.GetValue<string>())];
}
