using Dynamics.Mailchimp.Sandbox.Dataverse.Actions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Actions;

/// <summary>
/// Each Web API list action becomes the organization request of the same name with the SDK request class's input
/// parameters (ListId, EntityId, MemberIds, SourceListId/TargetListId, MembersId, OverrideorRemove, FetchXml).
/// Conformance: MicrosoftDocs/dynamics-365-customer-engagement progref/webapireference/actions/*.md for the Web API side;
/// learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.*request for the SDK side.
/// </summary>
public sealed class ActionRequestBuilderTests
{
    private static readonly Guid ListId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid OtherListId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly Guid ContactId = Guid.Parse("33333333-3333-3333-3333-333333333333");

    private static ActionRequestBuilder CreateSut() => new(OrganizationSchema.Default());

    [Fact]
    public void Build_RemoveListMembersList_MapsListAndMembersToListIdAndMemberIds()
    {
        // Arrange
        var sut = CreateSut();
        var body = $$"""{"List":{"@odata.type":"Microsoft.Dynamics.CRM.list","listid":"{{ListId}}"},"Members":[{"@odata.type":"Microsoft.Dynamics.CRM.contact","contactid":"{{ContactId}}"}]}""";

        // Act
        var request = sut.Build(ListActions.Served[ListActions.RemoveListMembersList], null, body);

        // Assert
        Assert.Equal("RemoveListMembersList", request.RequestName);
        Assert.Equal(ListId, request["ListId"]);
        Assert.Equal(new[] { ContactId }, (Guid[])request["MemberIds"]);
    }

    [Fact]
    public void Build_CopyMembersList_MapsBoundListToSourceAndTargetListToTarget()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var request = sut.Build(ListActions.Served[ListActions.CopyMembersList], ListId, $$$"""{"TargetList":{"listid":"{{{OtherListId}}}"}}""");

        // Assert
        Assert.Equal("CopyMembersList", request.RequestName);
        Assert.Equal(ListId, request["SourceListId"]);
        Assert.Equal(OtherListId, request["TargetListId"]);
    }

    [Fact]
    public void Build_QualifyMemberList_MapsMembersAndOverrideFlag()
    {
        // Arrange
        var sut = CreateSut();
        var body = $$"""{"ListMember":[{"@odata.type":"Microsoft.Dynamics.CRM.contact","contactid":"{{ContactId}}"}],"OverrideorRemove":true}""";

        // Act
        var request = sut.Build(ListActions.Served[ListActions.QualifyMemberList], ListId, body);

        // Assert
        Assert.Equal("QualifyMemberList", request.RequestName);
        Assert.Equal(ListId, request["ListId"]);
        Assert.Equal(new[] { ContactId }, (Guid[])request["MembersId"]);
        Assert.Equal(true, request["OverrideorRemove"]);
    }

    [Theory]
    [InlineData(ListActions.AddMembersByFetchXmlList, """{"FetchXml":"<fetch/>"}""")]
    [InlineData(ListActions.RemoveMembersByFetchXmlList, """{"FetchXml":"<fetch/>","KeepReturned":false}""")]
    [InlineData(ListActions.CopyDynamicListToStatic, "")]
    public void Build_BoundListAction_PassesTheListAsListId(string action, string body)
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var request = sut.Build(ListActions.Served[action], ListId, body);

        // Assert
        Assert.Equal(action, request.RequestName);
        Assert.Equal(ListId, request["ListId"]);
    }

    [Fact]
    public void Build_TypedRecordOfWrongTable_ThrowsBadRequest()
    {
        // Arrange
        var sut = CreateSut();
        var body = $$"""{"List":{"@odata.type":"Microsoft.Dynamics.CRM.contact","contactid":"{{ContactId}}"},"Members":[]}""";

        // Act
        var error = Assert.Throws<WebApiException>(() => sut.Build(ListActions.Served[ListActions.AddListMembersList], null, body));

        // Assert
        Assert.Equal(400, error.StatusCode);
        Assert.Contains("Microsoft.Dynamics.CRM.list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BothRemoveMemberListShapes_ThrowsBadRequest()
    {
        // Arrange
        var sut = CreateSut();
        var body = $$$"""{"EntityId":"{{{ContactId}}}","ListMember":{"listmemberid":"{{{ContactId}}}"}}""";

        // Act
        var error = Assert.Throws<WebApiException>(() => sut.Build(ListActions.Served[ListActions.RemoveMemberList], ListId, body));

        // Assert
        Assert.Equal(400, error.StatusCode);
    }
}
