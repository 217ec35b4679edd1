using Dynamics.Mailchimp.Benchmarks.Dynamic;

namespace Dynamics.Mailchimp.Benchmarks.Tests.Dynamic;

public sealed class DynamicCallsTests
{
    private const string Api = "/api/data/v9.2/";

    [Fact]
    public void From_DataverseCalls_SortsPagesOtherReadsAndWrites()
    {
        // Arrange: two list pages, a $batch of queries, a $batch that writes, a lease PATCH and a state read.
        var log = new CallLog(
            [],
            [
                Call("GET", Api + "contacts", "?fetchXml=%3Cfetch"),
                Call("GET", Api + "contacts", "?fetchXml=%3Cfetch%20page"),
                Call("POST", Api + "$batch", string.Empty, "GET lists", "GET lists"),
                Call("POST", Api + "$batch", string.Empty, "GET lists", "POST dmc_syncqueueitems"),
                Call("PATCH", Api + "dmc_syncstates(5a3e)", string.Empty),
                Call("GET", Api + "dmc_syncstates", "?$filter=x"),
            ]);

        // Act
        var calls = DynamicCalls.From(log);

        // Assert
        Assert.Equal(2, calls.DataverseListPages);
        Assert.Equal(new Dictionary<string, int> { ["$batch(lists)"] = 1, ["dmc_syncstates"] = 1 }, calls.DataverseOtherReads);
        Assert.Equal(2, calls.DataverseWrites);
        Assert.Equal(4, calls.DataverseReads);
    }

    [Fact]
    public void From_MailchimpCalls_SortsMemberPagesTagLookupsOtherReadsAndWrites()
    {
        // Arrange
        var log = new CallLog(
            [
                Call("GET", "/3.0/lists/a1b2c3d4e5/segments", "?type=static"),
                Call("GET", "/3.0/lists/a1b2c3d4e5/segments/6/members", "?count=1000"),
                Call("GET", "/3.0/lists/a1b2c3d4e5/segments/6/members", "?count=1000&offset=1000"),
                Call("GET", "/3.0/lists/a1b2c3d4e5/merge-fields", string.Empty),
                Call("POST", "/3.0/lists/a1b2c3d4e5/segments/6", string.Empty),
            ],
            []);

        // Act
        var calls = DynamicCalls.From(log);

        // Assert
        Assert.Equal(2, calls.MailchimpMemberPages);
        Assert.Equal(1, calls.MailchimpTagLookups);
        Assert.Equal(new Dictionary<string, int> { ["/3.0/lists/{id}/merge-fields"] = 1 }, calls.MailchimpOtherReads);
        Assert.Equal(1, calls.MailchimpWrites);
        Assert.Equal(4, calls.MailchimpReads);
    }

    private static CallRecord Call(string method, string path, string query, params string[] parts) => new(method, path, query, parts);
}
