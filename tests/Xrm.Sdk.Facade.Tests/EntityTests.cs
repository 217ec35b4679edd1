using Microsoft.Xrm.Sdk;

namespace Xrm.Sdk.Facade.Tests;

public sealed class EntityTests
{
    [Fact]
    public void GetAttributeValue_MissingOrNull_ReturnsDefault()
    {
        // Arrange
        var entity = new Entity("contact") { ["emailaddress1"] = null };

        // Act / Assert
        Assert.Null(entity.GetAttributeValue<string>("emailaddress1"));
        Assert.False(entity.GetAttributeValue<bool>("donotbulkemail"));
        Assert.Null(entity.GetAttributeValue<OptionSetValue>("statecode"));
    }

    [Fact]
    public void GetAttributeValue_WrongType_ThrowsInvalidCast()
    {
        // Arrange
        var entity = new Entity("contact") { ["donotbulkemail"] = "yes" };

        // Act / Assert
        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<bool>("donotbulkemail"));
    }

    [Fact]
    public void Indexer_Missing_ThrowsKeyNotFound()
    {
        // Arrange
        var entity = new Entity("contact", Guid.NewGuid());

        // Act / Assert
        Assert.Throws<KeyNotFoundException>(() => entity["fullname"]);
    }

    [Fact]
    public void ToEntityReference_CarriesTableAndId()
    {
        // Arrange
        var id = Guid.NewGuid();

        // Act
        var reference = new Entity("lead", id).ToEntityReference();

        // Assert
        Assert.Equal(new EntityReference("lead", id), reference);
    }
}
