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
}
