import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { themeClasses } from '../../../../ui/themeClasses';
import { useLayout } from '../../../../ui/layout';
import type { PreparedPicture } from '../../../../data/feed';
import { Problem, toProblem } from '../../../../data/errors';
import { useHub } from '../../../../ui/HubContext';
import { LightButton, LightText as Text, LightTextField } from '../../../../ui/light';
import { LightLabel } from '../../../../ui/lightForms';
import { format } from '../../../../ui/format';
import { ProblemMessage } from '../lazy';
import { useFeed } from '../FeedContext';
import { useText } from '../text';
import { MAX_PICTURE_INPUT_MB, PICTURE_INPUT_TYPES, PictureRefused, preparePicture } from './preparePicture';

const panelClass = mergeStyles({ border: '1px solid', borderRadius: 4, padding: 12, margin: '8px 0', display: 'grid', gap: 8 });
// Its own shape, no larger than the panel allows (both sides auto: the picture keeps its proportions).
const previewClass = mergeStyles({ maxWidth: '100%', maxHeight: 240, width: 'auto', height: 'auto', display: 'block' });

/** A saved picture for the text: its address (spaces encoded) and its description on one line. */
export interface PictureToInsert {
  alt: string;
  url: string;
}

export function pictureToInsert(alt: string, url: string): PictureToInsert {
  return { alt: alt.replace(/\s+/g, ' ').trim(), url: encodeURI(url) };
}

/**
 * Adds a picture to a post: a file chosen on the device is prepared in the browser (smaller, no
 * metadata: preparePicture.ts), described (alternative text is required), saved to the blog's
 * folder of pictures and handed to the editor, which puts it where the cursor was. Nothing typed is touched until
 * the picture is saved; a failed save keeps the picture and its description to try again.
 */
/** The panel's heading and the refusal of a file, in the theme's fonts. */
const usePictureClasses = themeClasses((theme) => {
  const { fonts } = theme;
  return {
    title: [fonts.mediumPlus, { margin: 0 }],
    refusal: [fonts.small, { display: 'block', fontWeight: 600 }]
  };
});

export function PictureInserter(props: { blogId: number; onInsert(picture: PictureToInsert): void; onClose(): void }): JSX.Element {
  const { services } = useHub<'feed'>();
  const strings = useText();
  const layout = useLayout();
  const classes = usePictureClasses();
  const { announce } = useFeed();
  const [prepared, setPrepared] = React.useState<PreparedPicture | undefined>();
  const [previewUrl, setPreviewUrl] = React.useState<string | undefined>();
  const [alt, setAlt] = React.useState('');
  const [refusal, setRefusal] = React.useState<string | undefined>();
  const [altError, setAltError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState<'preparing' | 'saving' | undefined>();
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const altId = `ddh-picture-alt-${props.blogId}`;
  const fileId = `ddh-picture-file-${props.blogId}`;

  React.useLayoutEffect(() => {
    if (fileInput.current) fileInput.current.focus();
  }, []);
  React.useEffect(
    () => () => {
      if (previewUrl && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(previewUrl);
    },
    [previewUrl]
  );

  const choose = async (file: File | undefined): Promise<void> => {
    setRefusal(undefined);
    setProblem(undefined);
    if (!file) return;
    setBusy('preparing');
    try {
      const picture = await preparePicture(file);
      setPrepared(picture);
      setPreviewUrl(
        picture.bytes instanceof Blob && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(picture.bytes) : undefined
      );
    } catch (error) {
      const code = error instanceof PictureRefused ? error.code : 'unreadable';
      setPrepared(undefined);
      setRefusal(
        code === 'notAPicture'
          ? strings.PictureNotAPicture
          : code === 'tooLarge'
            ? format(strings.PictureTooLarge, MAX_PICTURE_INPUT_MB)
            : strings.PictureUnreadable
      );
    } finally {
      setBusy(undefined);
    }
  };

  const insert = async (): Promise<void> => {
    if (!prepared) return;
    if (!alt.trim()) {
      setAltError(strings.PictureAltRequired);
      const field = document.getElementById(altId);
      if (field) field.focus();
      return;
    }
    setAltError(undefined);
    setProblem(undefined);
    setBusy('saving');
    try {
      const stored = await services.feed.pictures.add(props.blogId, prepared);
      props.onInsert(pictureToInsert(alt, stored.url));
      announce(strings.PictureInserted);
    } catch (error) {
      setProblem(await toProblem(error));
    } finally {
      setBusy(undefined);
    }
  };

  const headingId = `ddh-picture-heading-${props.blogId}`;
  return (
    <section className={panelClass} aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.title}>
        {strings.PictureDialog}
      </h3>
      <div>
        <LightLabel htmlFor={fileId}>{strings.PictureFile}</LightLabel>
        <input
          id={fileId}
          ref={fileInput}
          type="file"
          accept={PICTURE_INPUT_TYPES.join(',')}
          disabled={!!busy}
          aria-describedby={refusal ? `${fileId}-refusal` : undefined}
          aria-invalid={refusal ? true : undefined}
          onChange={(e) => {
            void choose(e.target.files ? e.target.files[0] : undefined);
          }}
        />
        {refusal && (
          <span id={`${fileId}-refusal`} role="alert" className={classes.refusal}>
            {refusal}
          </span>
        )}
      </div>
      {busy === 'preparing' && (
        <Text block variant="small" role="status">
          {strings.PicturePreparing}
        </Text>
      )}
      {prepared && (
        <>
          {previewUrl && <img src={previewUrl} alt={alt.trim()} className={previewClass} width={prepared.width} height={prepared.height} />}
          <Text block variant="small">
            {format(strings.PicturePrepared, prepared.width, prepared.height)}
          </Text>
          <LightTextField
            id={altId}
            label={strings.PictureAlt}
            required
            value={alt}
            maxLength={250}
            onChange={(v) => {
              setAlt(v);
              if (v.trim()) setAltError(undefined);
            }}
            description={strings.PictureAltHelp}
            errorMessage={altError}
          />
          <Text block variant="small">
            {strings.PictureCover}
          </Text>
        </>
      )}
      {problem && <ProblemMessage problem={problem} />}
      {problem && (
        <Text block variant="small">
          {strings.PictureKept}
        </Text>
      )}
      <div className={layout.row}>
        <LightButton
          primary
          text={busy === 'saving' ? strings.PictureUploading : strings.PictureInsert}
          disabled={!prepared || !!busy}
          onClick={() => {
            void insert();
          }}
        />
        <LightButton text={strings.Cancel} onClick={props.onClose} disabled={busy === 'saving'} />
      </div>
    </section>
  );
}
