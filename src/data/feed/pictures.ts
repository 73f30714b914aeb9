/**
 * Pictures in posts: files in the blog's folder of DDH Post Images, which grants the blog's
 * owners Contribute and staff Read (src/lists/blogFolders.ts), so only they add pictures to it and
 * everyone who reads the feed sees them; the server refuses anyone else (403). The editor hands
 * in a picture it has already prepared in the browser (src/ui/pictures.ts: downscaled,
 * re-encoded, without the camera's metadata); a post's body then points at the file, and the
 * sanitiser admits pictures from this library only.
 */
import { SPFI, SPQueryable, spPost } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/folders';
import { blogFolderName, FEED_LISTS } from '../../lists/feedLists';

/** A picture ready for upload: re-encoded bytes and the size they show at. */
export interface PreparedPicture {
  bytes: Blob | ArrayBuffer;
  type: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

/** A stored picture: its server-relative URL (what a post's body points at) and its size. */
export interface StoredPicture {
  url: string;
  width: number;
  height: number;
}

const EXTENSIONS: Record<PreparedPicture['type'], string> = { 'image/jpeg': 'jpg', 'image/png': 'png' };

/** A file name nobody else picks: the time and a random part (never the name from the person's device, which may say who or where). */
export function pictureFileName(type: PreparedPicture['type'], now: Date, random: () => number = Math.random): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const tail = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${stamp}-${tail}.${EXTENSIONS[type]}`;
}

export class PictureRepository {
  private root: Promise<string> | undefined;

  public constructor(
    private readonly sp: SPFI,
    private readonly now: () => Date = () => new Date()
  ) {}

  /** Server-relative URL of DDH Post Images (read once): the only folder post pictures may come from. */
  public libraryUrl(): Promise<string> {
    if (!this.root) {
      this.root = this.sp.web.lists
        .getByTitle(FEED_LISTS.postImages.title)
        .rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
        .then((f) => f.ServerRelativeUrl.replace(/\/+$/, ''));
      this.root.catch(() => {
        this.root = undefined;
      });
    }
    return this.root;
  }

  /** Learns the library's URL from a read made elsewhere (the first view's batch). */
  public knowLibraryUrl(url: string): void {
    this.root = Promise.resolve(url.replace(/\/+$/, ''));
  }

  /** Adds the picture to the blog's folder; the server refuses it (403) unless the signed-in person owns the blog. */
  public async add(blogId: number, picture: PreparedPicture): Promise<StoredPicture> {
    const folder = `${await this.libraryUrl()}/${blogFolderName(blogId)}`;
    const name = pictureFileName(picture.type, this.now());
    // The request PnPjs's `files.addUsingPath(name, bytes)` sends (its files module, some 2 KB gzip,
    // would come with the feed's first view; a lazy import of it registers on another copy of
    // PnPjs when the code runs under Node's ESM loader, as the workbench's demo seeding does).
    // The name is ours (digits, letters, '-', '.'): nothing to escape in the path.
    const files = SPQueryable(
      this.sp.web.getFolderByServerRelativePath(folder),
      `files/AddUsingPath(decodedurl='${name}',Overwrite=false)`
    );
    const added = await spPost<{ ServerRelativeUrl: string }>(files, { body: picture.bytes });
    return { url: added.ServerRelativeUrl, width: picture.width, height: picture.height };
  }
}
