using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Http;

/// <summary>Page: https://mailchimp.com/developer/marketing/docs/methods-parameters/#partial-responses</summary>
public sealed class FieldFilterTests
{
    private static JsonObject CreateSut() => JsonNode.Parse("""
        {"members":[{"id":"1","email_address":"a@brightfield-labs.com","merge_fields":{"FNAME":"A","LNAME":"B"}}],"total_items":1,"list_id":"x"}
        """)!.AsObject();

    [Fact]
    public void Apply_FieldsWithNestedPath_KeepsOnlyThosePaths()
    {
        // Arrange
        var json = CreateSut();

        // Act
        FieldFilter.Apply(json, "members.merge_fields.FNAME,total_items", null);

        // Assert
        Assert.Equal("""{"members":[{"merge_fields":{"FNAME":"A"}}],"total_items":1}""", json.ToJsonString());
    }

    [Fact]
    public void Apply_ParentAndChildRequested_KeepsWholeParent()
    {
        // Arrange
        var json = CreateSut();

        // Act
        FieldFilter.Apply(json, "members.id,members", null);

        // Assert
        Assert.Equal(3, json["members"]![0]!.AsObject().Count);
        Assert.False(json.ContainsKey("total_items"));
    }

    [Fact]
    public void Apply_ExcludeFields_RemovesPaths()
    {
        // Arrange
        var json = CreateSut();

        // Act
        FieldFilter.Apply(json, null, "list_id, members.merge_fields.LNAME");

        // Assert
        Assert.Equal("""{"members":[{"id":"1","email_address":"a@brightfield-labs.com","merge_fields":{"FNAME":"A"}}],"total_items":1}""", json.ToJsonString());
    }
}
