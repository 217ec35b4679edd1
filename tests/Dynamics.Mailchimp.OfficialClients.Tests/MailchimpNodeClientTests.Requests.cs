using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dynamics.Mailchimp.OfficialClients.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;

namespace Dynamics.Mailchimp.OfficialClients.Tests;

/// <summary>What the sandbox recorded of the official client's requests: paths, queries, bodies, and no API key.</summary>
public sealed partial class MailchimpNodeClientTests
{
    [Theory]
    [MemberData(nameof(OfficialClientRequests.Expected), MemberType = typeof(OfficialClientRequests))]
    public void Requests_OfficialClient_HitDocumentedPath(string method, string pathPattern)
    {
        // Arrange
        var pattern = new Regex(pathPattern, RegexOptions.CultureInvariant);

        // Act
        var matching = fixture.Sandbox.Requests.Where(r => r.Method == method && pattern.IsMatch(r.Path)).ToList();

        // Assert
        Assert.True(matching.Count > 0, $"No {method} request matched {pathPattern}. Requests seen:{Environment.NewLine}{RequestSummary()}");
    }

    [Fact]
    public void Requests_OfficialClient_AreAllRoutedAndAuthorised()
    {
        // Arrange
        var unexpected = new[] { 401, 403, 405, 415, 422, 500, 501 };

        // Act
        var failures = fixture.Sandbox.Requests.Where(r => unexpected.Contains(r.StatusCode)).ToList();

        // Assert
        Assert.NotEmpty(fixture.Sandbox.Requests);
        Assert.True(failures.Count == 0, "The sandbox refused official-client requests:" + Environment.NewLine + string.Join(Environment.NewLine, failures.Select(Describe)));
    }

    [Fact]
    public void Requests_OfficialClient_NeverRecordTheApiKey()
    {
        // Arrange
        var key = fixture.Sandbox.ApiKey;
        var secrets = new[] { key, key.Split('-')[0], Convert.ToBase64String(Encoding.UTF8.GetBytes("user:" + key)) };

        // Act
        var leaks = fixture.Sandbox.Requests
            .Where(r => secrets.Any(s => Flatten(r).Contains(s, StringComparison.OrdinalIgnoreCase)))
            .Select(Describe)
            .ToList();
        var authorization = fixture.Sandbox.Requests
            .Select(r => r.Headers.FirstOrDefault(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value)
            .ToList();

        // Assert
        Assert.Empty(leaks);
        Assert.NotEmpty(authorization);
        Assert.All(authorization, value => Assert.Equal(HeaderRedaction.Redacted, value));
        Assert.DoesNotContain(key, fixture.Run.StandardOutput + fixture.Run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Requests_BatchListMembers_PostsMembersWithUpdateExisting()
    {
        // Arrange
        var batch = fixture.Sandbox.Requests.Where(r => r.Method == "POST" && r.Path == List).ToList();

        // Act
        var body = batch.Count == 1 ? JsonNode.Parse(batch[0].Body) : null;

        // Assert
        Assert.Single(batch);
        Assert.NotNull(body);
        Assert.True(body["update_existing"]?.GetValue<bool>());
        Assert.Equal(5, body["members"]!.AsArray().Count);
    }

    [Fact]
    public void Requests_GetListMembersInfo_SendsDeltaPagingAndFieldsQuery()
    {
        // Arrange
        var reads = fixture.Sandbox.Requests.Where(r => r.Method == "GET" && r.Path == List + "/members").ToList();

        // Act
        var queries = reads.Select(r => ParseQuery(r.Query)).Where(q => !q.ContainsKey("interest_category_id")).ToList();

        // Assert
        Assert.NotEmpty(queries);
        Assert.All(queries, q =>
        {
            Assert.True(q.ContainsKey("since_last_changed"), "since_last_changed missing");
            Assert.Equal("subscribed", q["status"]);
            Assert.Equal("2", q["count"]);
            Assert.Equal("members.email_address,members.status,members.last_changed,total_items", q["fields"]);
        });
        Assert.Equal(["0", "2"], queries.Select(q => q["offset"]).Take(2));
    }

    [Fact(DisplayName = "Requests_GetListMembersInfoByInterest_SendsTheThreeInterestFilters (https://mailchimp.com/developer/marketing/api/list-members/list-members-info/)")]
    public void Requests_GetListMembersInfoByInterest_SendsTheThreeInterestFilters()
    {
        // Arrange
        var reads = fixture.Sandbox.Requests.Where(r => r.Method == "GET" && r.Path == List + "/members").Select(r => (r.StatusCode, Query: ParseQuery(r.Query)));

        // Act
        var byInterest = reads.Where(read => read.Query.ContainsKey("interest_category_id")).ToList();

        // Assert
        Assert.Equal(2, byInterest.Count);
        Assert.All(byInterest, read =>
        {
            Assert.Equal(200, read.StatusCode);
            Assert.False(string.IsNullOrEmpty(read.Query["interest_ids"]));
        });
        Assert.Equal(["any", "none"], byInterest.Select(read => read.Query["interest_match"]));
    }

    [Fact(DisplayName = "Requests_GetSegmentMembersList_SendsPagingFieldsAndIncludeFlags (https://mailchimp.com/developer/marketing/api/list-segment-members/list-members-in-segment/)")]
    public void Requests_GetSegmentMembersList_SendsPagingFieldsAndIncludeFlags()
    {
        // Arrange
        var pattern = new Regex($"^{Regex.Escape(List)}/segments/[0-9]+/members$", RegexOptions.CultureInvariant);

        // Act
        var read = Assert.Single(fixture.Sandbox.Requests, r => r.Method == "GET" && pattern.IsMatch(r.Path));
        var query = ParseQuery(read.Query);

        // Assert
        Assert.Equal(200, read.StatusCode);
        Assert.Equal("members.id,members.email_address,members.status,members.merge_fields,total_items", query["fields"]);
        Assert.Equal("1000", query["count"]);
        Assert.Equal("0", query["offset"]);
        Assert.Equal("true", query["include_cleaned"]);
        Assert.Equal("true", query["include_transactional"]);
        Assert.Equal("true", query["include_unsubscribed"]);
    }

    [Fact]
    public void Requests_All_ComeFromTheOfficialNodeClient()
    {
        // Arrange
        var requests = fixture.Sandbox.Requests;

        // Act
        var agents = requests
            .Select(r => r.Headers.FirstOrDefault(h => h.Key.Equals("User-Agent", StringComparison.OrdinalIgnoreCase)).Value ?? "(none)")
            .Distinct()
            .ToList();

        // Assert
        Assert.NotEmpty(requests);
        Assert.All(agents, agent => Assert.StartsWith("node-superagent/", agent, StringComparison.Ordinal));
    }

    private static Dictionary<string, string> ParseQuery(string query) =>
        query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty);

    private static string Flatten(RecordedRequest r) =>
        string.Join('\n', r.Method, r.Path, r.Query, r.Body, string.Join('\n', r.Headers.Select(h => $"{h.Key}: {h.Value}")));

    private static string Describe(RecordedRequest r) => $"#{r.Sequence} {r.Method} {r.Path}{r.Query} -> {r.StatusCode}";

    private string RequestSummary() => string.Join(Environment.NewLine, fixture.Sandbox.Requests.Select(Describe));
}
