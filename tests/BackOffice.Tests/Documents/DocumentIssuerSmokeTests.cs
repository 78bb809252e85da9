namespace BackOffice.Tests.Documents;

/// <summary>The pipeline end to end on SQLite: render, print, store, reprint, verify.</summary>
public class DocumentIssuerSmokeTests
{
    [Fact]
    public async Task An_issued_document_verifies_its_reprint_is_the_same_file_and_a_changed_byte_does_not_verify()
    {
        await using var h = await Harness.StartAsync("sqlite");
        h.Actor.Current = TestActor.Agent;
        var issuer = h.Get<DocumentIssuer>();
        var request = new DocumentRequest("test", "시험 문서", null, "시험", "시험 발급", "smoke-1",
            new Dictionary<string, object?> { ["Rows"] = 30 });

        var pdf = await issuer.IssueAsync(typeof(SampleDocument), request);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf.Content, 0, 4));
        var again = await issuer.IssueAsync(typeof(SampleDocument), request);
        Assert.Equal(pdf.Number, again.Number);

        var reprint = await issuer.ReprintAsync(pdf.Number, "재출력 요청");
        Assert.Equal(pdf.Content, reprint.Content);
        Assert.True((await issuer.VerifyAsync(pdf.Number, pdf.Content)).Genuine);
        var changed = (byte[])pdf.Content.Clone();
        changed[^10] ^= 1;
        Assert.False((await issuer.VerifyAsync(pdf.Number, changed)).Genuine);
    }
}
