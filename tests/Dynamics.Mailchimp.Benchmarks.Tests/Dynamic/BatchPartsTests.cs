using Dynamics.Mailchimp.Benchmarks.Dynamic;

namespace Dynamics.Mailchimp.Benchmarks.Tests.Dynamic;

public sealed class BatchPartsTests
{
    [Fact]
    public void Of_BatchBody_ListsEachOperationsMethodAndEntitySet()
    {
        // Arrange: a query part and a change-set create, as the Web API's $batch format writes them.
        var body = string.Join(
            "\r\n",
            "--batch_1",
            "Content-Type: application/http",
            "Content-Transfer-Encoding: binary",
            string.Empty,
            "GET https://org.crm.dynamics.com/api/data/v9.2/lists?fetchXml=%3Cfetch%3E HTTP/1.1",
            string.Empty,
            "--batch_1",
            "Content-Type: multipart/mixed; boundary=changeset_1",
            string.Empty,
            "--changeset_1",
            "Content-Type: application/http",
            string.Empty,
            "POST /api/data/v9.2/dmc_syncqueueitems HTTP/1.1",
            "Content-Type: application/json",
            string.Empty,
            "{\"dmc_name\":\"GET lists HTTP/1.1\"}",
            "--changeset_1--",
            "--batch_1--");

        // Act
        var parts = BatchParts.Of(body);

        // Assert
        Assert.Equal(["GET lists", "POST dmc_syncqueueitems"], parts);
    }

    [Theory]
    [InlineData("/api/data/v9.2/dmc_syncstates(5a3e0000-0000-0000-0000-000000000000)", "dmc_syncstates")]
    [InlineData("/api/data/v9.2/contacts?fetchXml=%3Cfetch%3E", "contacts")]
    [InlineData("/api/data/v9.2/$batch", "$batch")]
    public void EntitySet_Path_IsTheLastSegmentWithoutKeyOrQuery(string path, string expected)
    {
        // Arrange / Act
        var set = BatchParts.EntitySet(path);

        // Assert
        Assert.Equal(expected, set);
    }
}
