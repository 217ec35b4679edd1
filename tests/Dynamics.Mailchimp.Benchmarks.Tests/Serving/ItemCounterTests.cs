using System.Text;
using Dynamics.Mailchimp.Benchmarks.Serving;

namespace Dynamics.Mailchimp.Benchmarks.Tests.Serving;

public sealed class ItemCounterTests
{
    [Fact]
    public void Mailchimp_BatchSubscribe_CountsItsMembers()
    {
        // Arrange
        var body = Encoding.UTF8.GetBytes("""{"members":[{"email_address":"a@b.com"},{"email_address":"c@d.com"}],"update_existing":true}""");

        // Act
        var items = ItemCounter.Mailchimp(body);

        // Assert
        Assert.Equal(2, items);
    }

    [Fact]
    public void Mailchimp_SegmentChange_CountsAddsAndRemoves()
    {
        // Arrange
        var body = Encoding.UTF8.GetBytes("""{"members_to_add":["a@b.com","c@d.com"],"members_to_remove":["e@f.com"]}""");

        // Act
        var items = ItemCounter.Mailchimp(body);

        // Assert
        Assert.Equal(3, items);
    }

    [Fact]
    public void Mailchimp_SingleMemberPut_CountsNone()
    {
        // Arrange
        var body = Encoding.UTF8.GetBytes("""{"email_address":"a@b.com","status_if_new":"subscribed"}""");

        // Act
        var items = ItemCounter.Mailchimp(body);

        // Assert
        Assert.Equal(0, items);
    }

    [Theory]
    [InlineData("""{"operations":[{"method":"GET","path":"/lists"},{"method":"GET","path":"/ping","params":{"members":[1,2]}}]}""", 2)]
    [InlineData("""{"email_address":"a@b.com","merge_fields":{"members":[1,2,3]},"members":[]}""", 0)]
    [InlineData("""{"members":"a@b.com","members_to_add":{"x":[1]}}""", 0)]
    [InlineData("""{"update_existing":true,"members":[[1,2],{"a":[3]},"s",null]}""", 4)]
    [InlineData("""{"members":[{"email_address":"a@b.com"}""", 0)]
    [InlineData("""{"members":[1,2,}""", 0)]
    [InlineData("""[{"members":[1]}]""", 0)]
    [InlineData("", 0)]
    public void Mailchimp_VariedBodies_CountsOnlyTopLevelArrayElementsAsAParseWould(string json, int expected)
    {
        // Arrange
        var body = Encoding.UTF8.GetBytes(json);

        // Act
        var items = ItemCounter.Mailchimp(body);

        // Assert
        Assert.Equal(expected, items);
    }

    [Fact]
    public void Dataverse_Batch_CountsEachApplicationHttpPart()
    {
        // Arrange
        var part = "--changeset_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nPATCH x HTTP/1.1\r\n\r\n{}\r\n";
        var body = Encoding.UTF8.GetBytes("--batch_1\r\nContent-Type: multipart/mixed; boundary=changeset_1\r\n\r\n" + part + part + part + "--changeset_1--\r\n--batch_1--");

        // Act
        var items = ItemCounter.Dataverse("/api/data/v9.2/$batch", body);

        // Assert
        Assert.Equal(3, items);
    }

    [Fact]
    public void Dataverse_NotABatch_CountsNone()
    {
        // Arrange
        var body = Encoding.UTF8.GetBytes("Content-Type: application/http");

        // Act
        var items = ItemCounter.Dataverse("/api/data/v9.2/contacts", body);

        // Assert
        Assert.Equal(0, items);
    }

    [Fact]
    public void Dataverse_BatchWithABulkPart_CountsItsTargetsAndTheOtherParts()
    {
        // Arrange: the latency model charges a bulk request of k rows as k operations (50 ms + 1 ms per target).
        var bulk = "--batch_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + "POST https://org/api/data/v9.2/dmc_emailactivities/Microsoft.Dynamics.CRM.UpsertMultiple?tag=dmc-sync HTTP/1.1\r\nContent-Type: application/json\r\n\r\n"
            + "{\"Targets\":[{\"subject\":\"a\",\"@odata.type\":\"Microsoft.Dynamics.CRM.dmc_emailactivity\"},{\"subject\":\"b\",\"@odata.type\":\"Microsoft.Dynamics.CRM.dmc_emailactivity\"},{\"subject\":\"c\",\"@odata.type\":\"Microsoft.Dynamics.CRM.dmc_emailactivity\"}]}\r\n";
        var single = "--batch_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nPATCH https://org/api/data/v9.2/dmc_syncstates(1) HTTP/1.1\r\n\r\n{}\r\n";
        var body = Encoding.UTF8.GetBytes(single + bulk + single + "--batch_1--");

        // Act
        var items = ItemCounter.Dataverse("/api/data/v9.2/$batch", body);

        // Assert
        Assert.Equal(5, items);
    }

    [Fact]
    public void Dataverse_BulkRequestAlone_CountsItsTargets()
    {
        // Arrange
        var body = Encoding.UTF8.GetBytes("{\"Targets\":[{\"@odata.type\":\"Microsoft.Dynamics.CRM.x\"},{\"@odata.type\":\"Microsoft.Dynamics.CRM.x\"}]}");

        // Act
        var items = ItemCounter.Dataverse("/api/data/v9.2/dmc_emailactivities/Microsoft.Dynamics.CRM.UpsertMultiple", body);

        // Assert
        Assert.Equal(2, items);
    }
}
