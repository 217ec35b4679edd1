using Dynamics.Mailchimp.Plugins.Configuration;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;

namespace Dynamics.Mailchimp.Plugins.Tests.Pipeline;

public sealed class EchoSuppressionTests
{
    [Fact]
    public void EchoReason_TagOnlyOnParentContext_IsStillAnEcho()
    {
        // Arrange: the sync job's tag reaches the top-level context only; a nested operation's context has no tag of its own.
        var settings = PluginSettings.Parse(null, "P");
        var parent = new TestContext();
        parent.SharedVariables[ParameterNames.Tag] = PluginSettings.DefaultEchoTag;
        var child = new TestContext { Depth = 2, ParentContext = parent };

        // Act
        var reason = EchoSuppression.EchoReason(child, settings);

        // Assert
        Assert.False(child.SharedVariables.ContainsKey(ParameterNames.Tag));
        Assert.Contains("tagged", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EchoReason_TaggedWriteThroughThePipeline_QueuesNothing()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        var contact = org.Contact();

        // Act
        org.Tagged().Execute(new AddMemberListRequest { ListId = list, EntityId = contact });

        // Assert
        Assert.Empty(org.QueueRows);
    }

    [Fact]
    public void EchoReason_DepthAboveOneWithoutTagOrUser_IsNotAnEcho()
    {
        // Arrange: depth is no signal (Microsoft: do not depend on Depth); a nested change by a user still syncs.
        var settings = PluginSettings.Parse(null, "P");
        var context = new TestContext { Depth = 3, UserId = Guid.NewGuid() };

        // Act
        var reason = EchoSuppression.EchoReason(context, settings);

        // Assert
        Assert.Null(reason);
    }

    [Fact]
    public void EchoReason_InitiatingUserIsConnector_IsAnEcho()
    {
        // Arrange
        var connector = Guid.NewGuid();
        var settings = PluginSettings.Parse($"ConnectorUserIds={connector}", "P");
        var context = new TestContext { UserId = Guid.NewGuid(), InitiatingUserId = connector };

        // Act
        var reason = EchoSuppression.EchoReason(context, settings);

        // Assert
        Assert.Contains(connector.ToString(), reason);
    }

    [Fact]
    public void EchoReason_TagCaseDiffers_IsAnEcho()
    {
        // Arrange
        var settings = PluginSettings.Parse(null, "P");
        var context = new TestContext();
        context.SharedVariables[ParameterNames.Tag] = "DMC-Sync";

        // Act / Assert
        Assert.NotNull(EchoSuppression.EchoReason(context, settings));
    }

    private sealed class TestContext : Microsoft.Xrm.Sdk.IPluginExecutionContext
    {
        public Guid BusinessUnitId => Guid.Empty;
        public Guid CorrelationId => Guid.Empty;
        public int Depth { get; init; } = 1;
        public Guid InitiatingUserId { get; init; }
        public Microsoft.Xrm.Sdk.ParameterCollection InputParameters { get; } = new();
        public bool IsExecutingOffline => false;
        public bool IsInTransaction => true;
        public bool IsOfflinePlayback => false;
        public int IsolationMode => 2;
        public string MessageName => MessageNames.Update;
        public int Mode => 0;
        public DateTime OperationCreatedOn => DateTime.UtcNow;
        public Guid OperationId => Guid.Empty;
        public Guid OrganizationId => Guid.Empty;
        public string OrganizationName => "test";
        public Microsoft.Xrm.Sdk.ParameterCollection OutputParameters { get; } = new();
        public Microsoft.Xrm.Sdk.EntityReference? OwningExtension => null;
        public Microsoft.Xrm.Sdk.EntityImageCollection PostEntityImages { get; } = new();
        public Microsoft.Xrm.Sdk.EntityImageCollection PreEntityImages { get; } = new();
        public Guid PrimaryEntityId => Guid.Empty;
        public string PrimaryEntityName => TableNames.Contact;
        public Guid? RequestId => null;
        public string SecondaryEntityName => "none";
        public Microsoft.Xrm.Sdk.ParameterCollection SharedVariables { get; } = new();
        public Guid UserId { get; init; }
        public Microsoft.Xrm.Sdk.IPluginExecutionContext? ParentContext { get; init; }
        public int Stage => 40;
    }
}
