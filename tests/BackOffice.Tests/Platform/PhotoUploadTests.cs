using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Platform;

/// <summary>Issue 10 item 8 through the intake service: the bytes decide what is stored, not the declared type.</summary>
public class PhotoUploadTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task A_text_file_declared_as_a_jpeg_is_refused_and_a_png_declared_as_jpeg_is_stored_as_png()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 5);
        h.Actor.Current = TestActor.Agent;
        long cardId;
        await using (var db = await h.DbAsync())
            cardId = await db.Cards.Where(c => c.Status == CardStatus.Active && c.MemberId != null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var intake = h.Get<CardIntakeService>();
        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, "", "photo-test"));
        long caseId;
        await using (var db = await h.DbAsync())
            caseId = await db.CardIntakeCases.Where(c => c.CaseNo == caseNo).Select(c => c.Id).SingleAsync();
        var storage = h.Database.Options;
        var folder = Path.Combine(storage.ResolvedDataFolder(), "intake-photos");

        var text = "카드 번호 메모"u8.ToArray();
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            intake.AddPhotoAsync(caseId, "card.jpg", "image/jpeg", new MemoryStream(text), text.Length, storage));
        Assert.Equal("사진은 JPG, PNG, WEBP 파일만 올릴 수 있습니다.", refused.Message);
        Assert.True(!Directory.Exists(folder) || Directory.GetFiles(folder).Length == 0, "no file kept for a refused upload");

        // A declared size that lies (small) does not let a large stream through.
        var big = new byte[CardIntakeService.MaxPhotoBytes + 1];
        Png.CopyTo(big, 0);
        var tooBig = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            intake.AddPhotoAsync(caseId, "big.png", "image/png", new MemoryStream(big), 100, storage));
        Assert.Equal("사진은 5MB 이하여야 합니다.", tooBig.Message);

        await intake.AddPhotoAsync(caseId, "front.jpg", "image/jpeg", new MemoryStream(Png), Png.Length, storage);
        await using (var db = await h.DbAsync())
        {
            var photo = await db.CardIntakePhotos.SingleAsync(p => p.CaseId == caseId);
            Assert.Equal(("image/png", Png.Length), (photo.ContentType, photo.Size));
            Assert.EndsWith(".png", photo.StoredName, StringComparison.Ordinal);
        }
        Assert.Single(Directory.GetFiles(folder));
    }
}
