/**
 * A picture in a post, as the rich-text editor (Lexical) holds it: an inline node with a source
 * and its alternative text, read from and written back to a plain `<img alt src>`. Lexical ships
 * no image node (its playground's is an example to copy, with captions, resizing and more that a
 * post does not need), so this small one is written here. Which sources may be shown is not
 * decided here: the editor loads sanitised HTML, and what it writes is sanitised again when stored.
 */
import * as React from 'react';
import {
  $applyNodeReplacement, DecoratorNode, DOMConversionMap, DOMConversionOutput, DOMExportOutput, LexicalNode, NodeKey,
  SerializedLexicalNode, Spread
} from 'lexical';

export type SerializedImageNode = Spread<{ src: string; alt: string }, SerializedLexicalNode>;

function convertImage(dom: HTMLElement): DOMConversionOutput | null {
  const src = dom.getAttribute('src');
  return src ? { node: $createImageNode(src, dom.getAttribute('alt') || '') } : null;
}

export class ImageNode extends DecoratorNode<JSX.Element> {
  public __src: string;
  public __alt: string;

  public static getType(): string {
    return 'ddh-image';
  }

  public static clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__src, node.__alt, node.__key);
  }

  public static importJSON(json: SerializedImageNode): ImageNode {
    return $createImageNode(json.src, json.alt);
  }

  public static importDOM(): DOMConversionMap | null {
    return { img: () => ({ conversion: convertImage, priority: 0 }) };
  }

  public constructor(src: string, alt: string, key?: NodeKey) {
    super(key);
    this.__src = src;
    this.__alt = alt;
  }

  public exportJSON(): SerializedImageNode {
    return { ...super.exportJSON(), type: ImageNode.getType(), version: 1, src: this.__src, alt: this.__alt };
  }

  public exportDOM(): DOMExportOutput {
    const img = document.createElement('img');
    img.setAttribute('alt', this.__alt);
    img.setAttribute('src', this.__src);
    return { element: img };
  }

  public createDOM(): HTMLElement {
    return document.createElement('span');
  }

  public updateDOM(): false {
    return false;
  }

  public isInline(): boolean {
    return true;
  }

  public getSrc(): string {
    return this.getLatest().__src;
  }

  public getAlt(): string {
    return this.getLatest().__alt;
  }

  public getTextContent(): string {
    return '';
  }

  public decorate(): JSX.Element {
    return <img src={this.__src} alt={this.__alt} style={{ maxWidth: '100%', height: 'auto', verticalAlign: 'bottom' }} />;
  }
}

export function $createImageNode(src: string, alt: string): ImageNode {
  return $applyNodeReplacement(new ImageNode(src, alt));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
